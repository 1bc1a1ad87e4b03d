package org.sitrep.util;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A lazy resource is loaded on first use, once, whatever the threads asking. */
class LazyTest {

    @Test
    void nothingLoadsUntilAskedThenOnceForAllThreads() throws Exception {
        AtomicInteger loads = new AtomicInteger();
        Lazy<Object> lazy = Lazy.of(() -> {
            loads.incrementAndGet();
            return new Object();
        });
        assertThat(loads.get()).isZero();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> got = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            got.add(pool.submit(() -> {
                start.await();
                return lazy.get();
            }));
        }
        start.countDown();
        Object first = got.get(0).get();
        for (Future<Object> f : got) {
            assertThat(f.get()).isSameAs(first);
        }
        pool.shutdown();
        assertThat(loads.get()).isEqualTo(1);
    }
}
