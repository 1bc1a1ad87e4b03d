package org.sitrep.pipeline;

import org.junit.jupiter.api.Test;
import org.sitrep.ingest.Notice;
import org.sitrep.model.RawInput;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class StreamedAnalysisTest {

    private static RawInput report(int i) {
        return new RawInput("r" + i, "r" + i + ".txt", "r" + i + ".txt", new byte[] {'x'});
    }

    @Test
    void readingWaitsWhileFourReportsPerWorkerAreNotYetAnalysed() throws Exception {
        CountDownLatch open = new CountDownLatch(1);
        AtomicInteger read = new AtomicInteger();
        try (StreamedAnalysis stream = new StreamedAnalysis(raw -> {
            try {
                open.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return raw.id();
        }, 2, read::set, n -> { })) {
            Thread reader = new Thread(() -> {
                for (int i = 0; i < 100; i++) {
                    stream.page(report(i));
                }
            });
            reader.start();
            Thread.sleep(300);
            assertThat(read.get()).isEqualTo(8); // 2 workers × 4: the ninth report is not read yet
            assertThat(reader.isAlive()).isTrue();
            open.countDown();
            reader.join(10_000);

            List<Object> expected = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                expected.add("r" + i);
            }
            assertThat(stream.outcomes()).isEqualTo(expected);
            assertThat(read.get()).isEqualTo(100);
        }
    }

    @Test
    void oneWorkerAnalysesEachReportAsItIsReadAndNoticesKeepTheirOrder() {
        List<String> log = new ArrayList<>();
        try (StreamedAnalysis stream = new StreamedAnalysis(raw -> {
            log.add("analysed " + raw.id());
            return raw.id();
        }, 1, n -> log.add("read " + n), n -> { })) {
            stream.page(report(1));
            stream.notice(Notice.failed("bad.txt", "empty file"));
            stream.page(report(2));
            assertThat(log).containsExactly("analysed r1", "read 1", "analysed r2", "read 2");
            assertThat(stream.outcomes()).containsExactly("r1", "r2");
            assertThat(stream.readNotices()).extracting(Notice::source).containsExactly("bad.txt");
        }
    }

    @Test
    void aReportWhoseAnalysisThrowsIsANoticeNamingIt() {
        try (StreamedAnalysis stream = new StreamedAnalysis(raw -> {
            throw new IllegalStateException("boom");
        }, 2, n -> { }, n -> { })) {
            stream.page(report(7));
            assertThat(stream.outcomes()).singleElement().isInstanceOfSatisfying(Notice.class, n -> {
                assertThat(n.source()).isEqualTo("r7.txt");
                assertThat(n.failure()).isTrue();
                assertThat(n.message()).contains("boom");
            });
        }
    }
}
