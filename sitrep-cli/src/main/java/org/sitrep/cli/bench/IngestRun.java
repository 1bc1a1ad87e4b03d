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
                  double doneSeconds, boolean finished, long analysed, long failed, long events, double cpuSeconds) {
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
        for (Thread thread : threads) {
            thread.join();
        }
        double postSeconds = (System.nanoTime() - t0) / 1e9;
        return waitForAnalysis(t0, cpu0, posts.size(), accepted.get(), duplicates.get(), refused.get(),
                firstRefusal.get(), postSeconds);
    }

    private Result waitForAnalysis(long t0, long cpu0, int posted, int accepted, int duplicates, int refused, String firstRefusal,
                                   double postSeconds) throws IOException, InterruptedException {
        long lastDone = -1;
        long lastProgress = System.nanoTime();
        while (true) {
            JsonNode stats = api.stats();
            long now = System.nanoTime();
            long analysed = stats.path("documents").asLong();
            long failed = stats.path("failed").asLong();
            long pending = stats.path("pending").asLong();
            long done = analysed + failed;
            boolean finished = pending == 0 && done >= accepted && stats.path("settled").asBoolean(true);
            if (finished || now - lastProgress > STALL_NANOS) {
                return new Result(posted, accepted, duplicates, refused, firstRefusal, postSeconds, (now - t0) / 1e9,
                        finished, analysed, failed, stats.path("events").asLong(), (ProcessCpu.nanos() - cpu0) / 1e9);
            }
            if (done != lastDone) {
                lastDone = done;
                lastProgress = now;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }
}
