package org.sitrep.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.InputReader;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.StandardPipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class StoreTest {
    static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = StandardPipeline.create();
    }

    /** Ingests the offers one at a time, analysing after each, and returns the store's sorted incidents. */
    private static List<String> ingestOneByOne(Path data, List<Intake.Offer> offers) throws Exception {
        try (Store store = Store.open(data)) {
            Intake intake = new Intake(store, new InputReader());
            Analyst analyst = new Analyst(store, pipeline, new ChangeFeed(), 2);
            try (analyst) {
                for (Intake.Offer offer : offers) {
                    assertThat(intake.receive(offer)).allMatch(Intake.Receipt::stored);
                    analyst.step(Analyst.STEP);
                    analyst.settle();
                }
            }
            StoreCheck.Result check = new StoreCheck(store).run();
            assertThat(check.integrity()).isEmpty();
            assertThat(check.differences()).isEmpty();
            StoreCheck checker = new StoreCheck(store);
            return checker.canonical(new PictureQuery(store).events(EventFilter.ALL));
        }
    }

    @Test
    void incrementalFusionEqualsAFullReFusionWhateverTheOrderOfArrival(@TempDir Path a, @TempDir Path b) throws Exception {
        List<Intake.Offer> offers = new ArrayList<>(Examples.reports().stream().map(Examples::offer).toList());
        assertThat(offers).hasSizeGreaterThan(10);
        List<String> forward = ingestOneByOne(a, offers);
        List<Intake.Offer> shuffled = new ArrayList<>(offers);
        Collections.shuffle(shuffled, new Random(7));
        Collections.reverse(shuffled.subList(0, 5));
        List<String> other = ingestOneByOne(b, shuffled);
        assertThat(other).isEqualTo(forward);
        assertThat(forward).isNotEmpty();
        // several reports tell one incident: fusion really ran across arrivals
        assertThat(forward).anyMatch(json -> json.contains("\"merged\":[\"") && json.matches(".*\"merged\":\\[\"[^]]*\",\"[^]]*\\].*"));
    }

    @Test
    void onceIdleTheStoreHoldsThePictureAnalyzeGivesForTheSameReports(@TempDir Path data) throws Exception {
        List<Intake.Offer> offers = new ArrayList<>(Examples.reports().stream().map(Examples::offer).toList());
        Collections.shuffle(offers, new Random(11));
        List<String> stored = ingestOneByOne(data, offers);
        List<org.sitrep.ingest.InputRef> refs = Examples.reports().stream()
                .map(p -> new org.sitrep.ingest.InputRef(p, "examples/" + p.getFileName())).toList();
        org.sitrep.pipeline.Analysis batch = new org.sitrep.pipeline.BatchAnalyzer(pipeline, new InputReader(), 2, false)
                .analyze(refs, n -> { });
        List<String> analyzed = new StoreCheck(null).canonical(new org.sitrep.fuse.SituationBuilder().build(batch).events());
        assertThat(stored).isEqualTo(analyzed);
    }

    @Test
    void aStoreHeldByOneProcessIsRefusedToAnotherAndFreedWhenClosed(@TempDir Path data) throws Exception {
        try (Store store = Store.open(data)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Store.open(data))
                    .isInstanceOf(java.io.IOException.class).hasMessageContaining("in use by another Sitrep process");
        }
        try (Store again = Store.open(data)) {
            assertThat(new PictureQuery(again).stats().get("documents")).isEqualTo(0L);
        }
    }

    @Test
    void theSameBytesTwiceAreStoredOnce(@TempDir Path data) throws Exception {
        try (Store store = Store.open(data)) {
            Intake intake = new Intake(store, new InputReader());
            byte[] text = "Gunmen attacked a village in the north of the country on Monday, killing four people."
                    .getBytes(StandardCharsets.UTF_8);
            Intake.Receipt first = intake.receive(new Intake.Offer(text, "a.txt", "a.txt")).get(0);
            Intake.Receipt again = intake.receive(new Intake.Offer(text.clone(), "copy.txt", "copy.txt")).get(0);
            assertThat(first.duplicate()).isFalse();
            assertThat(again.duplicate()).isTrue();
            assertThat(again.id()).isEqualTo(first.id());
            assertThat(new PictureQuery(store).stats().get("pending")).isEqualTo(1L);
        }
    }

    @Test
    void offersFromManyThreadsShareTransactionsAndAreEachStoredOnce(@TempDir Path data) throws Exception {
        try (Store store = Store.open(data)) {
            Intake intake = new Intake(store, new InputReader());
            int threads = 8;
            int each = 25;
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            List<java.util.concurrent.Future<List<Intake.Receipt>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                for (int i = 0; i < each; i++) {
                    int n = i; // every thread offers the same 25 texts: each is stored once, the rest are duplicates
                    futures.add(pool.submit(() -> intake.receiveShared(new Intake.Offer(
                            ("Gunmen attacked a village on Monday, killing " + (n + 2) + " people.")
                                    .getBytes(StandardCharsets.UTF_8), "r" + n + ".txt", "r" + n + ".txt"))));
                }
            }
            java.util.Set<String> ids = new java.util.HashSet<>();
            int duplicates = 0;
            for (var f : futures) {
                Intake.Receipt r = f.get().get(0);
                assertThat(r.stored()).isTrue();
                ids.add(r.id());
                duplicates += r.duplicate() ? 1 : 0;
            }
            pool.shutdown();
            assertThat(ids).hasSize(each);
            assertThat(duplicates).isEqualTo(each * (threads - 1));
            assertThat(new PictureQuery(store).stats().get("pending")).isEqualTo((long) each);
        }
    }

    @Test
    void binaryAndEmptyOffersAreRefusedAndNothingIsStored(@TempDir Path data) throws Exception {
        try (Store store = Store.open(data)) {
            Intake intake = new Intake(store, new InputReader());
            byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
            Intake.Receipt refused = intake.receive(new Intake.Offer(png, "x.png", "x.png")).get(0);
            assertThat(refused.stored()).isFalse();
            assertThat(refused.refused()).contains("binary");
            assertThat(intake.receive(new Intake.Offer(new byte[0], "e.txt", "e.txt")).get(0).refused()).contains("empty");
            assertThat(new PictureQuery(store).stats().get("pending")).isEqualTo(0L);
        }
    }

    @Test
    void aStoreReopensWithItsSchemaAndItsReports(@TempDir Path data) throws Exception {
        try (Store store = Store.open(data)) {
            new Intake(store, new InputReader()).receive(Examples.offer(Examples.reports().get(0)));
        }
        try (Store store = Store.open(data)) {
            assertThat(new PictureQuery(store).stats().get("pending")).isEqualTo(1L);
            try (Analyst analyst = new Analyst(store, pipeline, new ChangeFeed(), 1)) {
                assertThat(analyst.drain(n -> { })).isEqualTo(1);
            }
            assertThat((Long) new PictureQuery(store).stats().get("events")).isPositive();
        }
    }

    @AfterAll
    static void done() {
        pipeline = null;
    }
}
