package org.sitrep.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Posts the reports from a few client threads at once, then watches {@code /api/stats} until the store has
 * analysed and fused every report it accepted. Times run from the first post.
 */
final class IngestRun {
    /** How long the store may go without analysing one more report before the bench gives up waiting. */
    private static final long STALL_NANOS = 180_000_000_000L;
    private static final long POLL_MILLIS = 100;

    /**
     * What happened: reports posted, accepted as new (202), accepted as already stored, refused or failed to send
     * (the first reason kept); seconds until the last answer and until all were analysed; the final counts.
     */
    record Result(int posted, int accepted, int duplicates, int refused, String firstRefusal, double postSeconds,
                  double doneSeconds, boolean finished, long analysed, long failed, long events, double cpuSeconds,
                  double[] tenths) {
        double acceptedRate() {
            return accepted / postSeconds;
        }

        double sustainedRate() {
            return (analysed + failed) / doneSeconds;
        }

        /** Cores this process kept busy on average, server and clients together (the rest went elsewhere). */
        double coresUsed() {
            return cpuSeconds / doneSeconds;
        }
    }

    private final ApiClient api;
    private final int clients;

    IngestRun(ApiClient api, int clients) {
        this.api = api;
        this.clients = Math.max(1, clients);
    }

    Result run(List<ServerCorpus.Post> posts) throws InterruptedException, IOException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger duplicates = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicReference<String> firstRefusal = new AtomicReference<>();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            Thread thread = new Thread(() -> {
                try {
                    go.await();
                    for (int i; (i = next.getAndIncrement()) < posts.size(); ) {
                        ServerCorpus.Post post = posts.get(i);
                        String problem;
                        try {
                            ApiClient.Answer a = api.post(post.name(), post.body());
                            if (a.status() == 202) {
                                (a.text().contains("\"duplicate\":true") ? duplicates : accepted).incrementAndGet();
                                continue;
                            }
                            problem = post.name() + ": " + a.status() + " " + a.text();
                        } catch (IOException error) {
                            problem = post.name() + ": " + error;
                        }
                        refused.incrementAndGet();
                        firstRefusal.compareAndSet(null, problem);
                    }
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }, "bench-client-" + t);
            threads.add(thread);
            thread.start();
        }
        long cpu0 = ProcessCpu.nanos();
        long t0 = System.nanoTime();
        go.countDown();
        Tenths tenths = new Tenths(t0, posts.size());
        while (threads.stream().anyMatch(Thread::isAlive)) {
            tenths.seen(done(api.stats()), System.nanoTime());
            Thread.sleep(POLL_MILLIS);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double postSeconds = (System.nanoTime() - t0) / 1e9;
        return waitForAnalysis(t0, cpu0, tenths, posts.size(), accepted.get(), duplicates.get(), refused.get(),
                firstRefusal.get(), postSeconds);
    }

    private Result waitForAnalysis(long t0, long cpu0, Tenths tenths, int posted, int accepted, int duplicates,
                                   int refused, String firstRefusal, double postSeconds)
            throws IOException, InterruptedException {
        long lastDone = -1;
        long lastProgress = System.nanoTime();
        while (true) {
            JsonNode stats = api.stats();
            long now = System.nanoTime();
            long analysed = stats.path("documents").asLong();
            long failed = stats.path("failed").asLong();
            long pending = stats.path("pending").asLong();
            long done = done(stats);
            tenths.seen(done, now);
            boolean finished = pending == 0 && done >= accepted && stats.path("settled").asBoolean(true);
            if (finished || now - lastProgress > STALL_NANOS) {
                return new Result(posted, accepted, duplicates, refused, firstRefusal, postSeconds, (now - t0) / 1e9,
                        finished, analysed, failed, stats.path("events").asLong(), (ProcessCpu.nanos() - cpu0) / 1e9,
                        tenths.rates());
            }
            if (done != lastDone) {
                lastDone = done;
                lastProgress = now;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private static long done(JsonNode stats) {
        return stats.path("documents").asLong() + stats.path("failed").asLong();
    }

    /**
     * When each tenth of the reports was done, for the rate of each tenth: a rate that falls from tenth to tenth
     * is work that grows with what the store already holds.
     */
    private static final class Tenths {
        private final long start;
        private final int total;
        private final long[] at = new long[10];

        Tenths(long start, int total) {
            this.start = start;
            this.total = total;
        }

        void seen(long done, long now) {
            for (int k = 0; k < at.length; k++) {
                if (at[k] == 0 && done * 10 >= (long) (k + 1) * total) {
                    at[k] = now;
                }
            }
        }

        /**
         * Reports per second within each tenth (NaN for a tenth not reached); tenths done within one poll share
         * the rate of their span.
         */
        double[] rates() {
            double[] out = new double[at.length];
            java.util.Arrays.fill(out, Double.NaN);
            long from = start;
            int first = 0;
            for (int k = 0; k < at.length; k++) {
                if (at[k] == 0 || at[k] == at[Math.min(k + 1, at.length - 1)] && k + 1 < at.length) {
                    continue; // not reached, or reached in the same poll as the next tenth
                }
                long lo = (long) first * total / 10;
                long hi = (long) (k + 1) * total / 10;
                double rate = at[k] > from ? (hi - lo) / ((at[k] - from) / 1e9) : Double.NaN;
                java.util.Arrays.fill(out, first, k + 1, rate);
                from = at[k];
                first = k + 1;
            }
            return out;
        }
    }
}
