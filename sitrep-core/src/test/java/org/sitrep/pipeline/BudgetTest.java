package org.sitrep.pipeline;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.IdAllocator;
import org.sitrep.ingest.InputBatch;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.Notice;
import org.sitrep.model.RawInput;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each report of a batch is analysed within a budget of processor time: one that spends it, or that runs out of
 * memory, is named as too costly and the others are still analysed. The budgets here are test hooks (zero, or a
 * stage that never ends by itself), so nothing depends on how fast the machine is.
 */
class BudgetTest {
    private static final String GOOD = "Militants attacked a checkpoint near Djibo on Monday, the army said.\n";
    private static Pipeline standard;

    @BeforeAll
    static void load() {
        standard = StandardPipeline.create();
    }

    private static InputBatch batch(String... texts) throws Exception {
        IdAllocator ids = new IdAllocator();
        List<RawInput> inputs = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            String name = "report-" + i + ".txt";
            inputs.addAll(new InputReader().expand(texts[i].getBytes(StandardCharsets.UTF_8), name, name, ids).inputs());
        }
        return new InputBatch(inputs, List.of());
    }

    /** The standard stages with {@code extra} after the reading stage. */
    private static Pipeline with(Stage extra) {
        List<Stage> stages = new ArrayList<>();
        for (Stage s : standard.stages()) {
            stages.add(s);
            if (s.adds().contains(Layer.READING)) {
                stages.add(extra);
            }
        }
        return new Pipeline(stages);
    }

    /** A stage that, on a report saying {@code word}, does what {@code action} does. */
    private static Stage on(String word, Runnable action) {
        return new BaseStage("hook", Set.of(Layer.READING), Set.of()) {
            @Override
            public void process(Report report) {
                if (report.body().text().contains(word)) {
                    action.run();
                }
            }
        };
    }

    @Test
    void aBudgetOfZeroGivesUpEveryReportWithItsName() throws Exception {
        Analysis analysis = new BatchAnalyzer(standard, new InputReader(), 2, false, Duration.ZERO)
                .analyze(batch(GOOD, GOOD, GOOD, GOOD), n -> { });
        assertThat(analysis.reports()).isEmpty();
        assertThat(analysis.notices()).extracting(Notice::source)
                .containsExactly("report-0.txt", "report-1.txt", "report-2.txt", "report-3.txt");
        assertThat(analysis.notices()).allSatisfy(n -> {
            assertThat(n.failure()).isTrue();
            assertThat(n.message()).isEqualTo("too costly to analyse (over 0 s)");
        });
    }

    @Test
    void aStageThatNeverEndsIsStoppedAtItsBudgetAndTheBatchGoesOn() throws Exception {
        Stage spin = on("SPIN", () -> {
            while (true) {
                Budget.check(); // a long loop of a stage, checking its budget as the stages do
            }
        });
        Analysis analysis = new BatchAnalyzer(with(spin), new InputReader(), 2, false, Duration.ofMillis(300))
                .analyze(batch(GOOD, "SPIN " + GOOD, GOOD, GOOD), n -> { });
        assertThat(analysis.reports()).extracting(Report::id).containsExactly("report-0", "report-2", "report-3");
        assertThat(analysis.reports()).allSatisfy(r -> assertThat(r.events().events()).isNotEmpty());
        assertThat(analysis.notices()).singleElement().satisfies(n -> {
            assertThat(n.source()).isEqualTo("report-1.txt");
            assertThat(n.message()).isEqualTo("too costly to analyse (over 0.3 s)");
        });
    }

    @Test
    void aReportThatRunsOutOfMemoryIsNamedAndTheBatchGoesOn() throws Exception {
        Stage hog = on("HOG", () -> {
            throw new OutOfMemoryError("Java heap space"); // as a report too big for the heap would
        });
        Analysis analysis = new BatchAnalyzer(with(hog), new InputReader(), 1, false)
                .analyze(batch("HOG " + GOOD, GOOD), n -> { });
        assertThat(analysis.reports()).extracting(Report::id).containsExactly("report-1");
        assertThat(analysis.notices()).singleElement().satisfies(n -> {
            assertThat(n.source()).isEqualTo("report-0.txt");
            assertThat(n.message()).isEqualTo("too costly to analyse (out of memory)");
        });
    }

    @Test
    void withoutABudgetOpenNothingIsStopped() {
        Budget.check();
        try (Budget open = Budget.open(Duration.ZERO)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(Budget::check).isInstanceOf(Budget.OverBudget.class);
        }
        Budget.check();
    }

    @Test
    void aLargerReportGetsItsLimitForEachFiveMegabytes() {
        Duration limit = Duration.ofSeconds(20);
        assertThat(Budget.forSize(limit, 1_000)).isEqualTo(limit);
        assertThat(Budget.forSize(limit, Budget.PER_BYTES)).isEqualTo(limit);
        assertThat(Budget.forSize(limit, 10 * Budget.PER_BYTES)).isEqualTo(Duration.ofSeconds(200));
        assertThat(Budget.forSize(Duration.ZERO, 10 * Budget.PER_BYTES)).isEqualTo(Duration.ZERO);
    }
}
