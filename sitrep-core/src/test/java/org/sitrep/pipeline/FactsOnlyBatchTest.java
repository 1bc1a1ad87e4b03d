package org.sitrep.pipeline;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.fuse.SituationBuilder;
import org.sitrep.ingest.InputCollector;
import org.sitrep.ingest.InputReader;
import org.sitrep.report.SituationJson;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch that keeps only its reports' facts gives the picture a batch keeping whole reports gives, reports the batch
 * dates included, while its reports hold no tokens, sentences, times or input bytes.
 */
class FactsOnlyBatchTest {
    private static Pipeline pipeline;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        pipeline = StandardPipeline.create();
    }

    @Test
    void keepsTheFactsOnlyAndGivesTheSamePicture() throws Exception {
        Files.writeString(dir.resolve("dated.txt"), " date 2024-11-12\nGunmen attacked the Tessit army camp near "
                + "Ansongo on Monday, killing six soldiers, Mali's army said. Residents of Ansongo said the attackers "
                + "came on motorbikes from the direction of Menaka.\n");
        Files.writeString(dir.resolve("undated.txt"), "Six soldiers were killed on Monday when gunmen attacked the "
                + "Tessit camp near Ansongo, the army said. The attackers came from Menaka on motorbikes.\n");
        Files.writeString(dir.resolve("other.html"), "<html><body><article><p>Drones struck a fuel depot in Odesa "
                + "on 3 March 2025, the governor said.</p></article></body></html>");
        List<org.sitrep.ingest.InputRef> inputs = new InputCollector().collect(List.of(dir.toString())).inputs();
        BatchAnalyzer whole = new BatchAnalyzer(pipeline, new InputReader(), 2, false);

        Analysis full = whole.analyze(inputs, n -> { });
        AtomicInteger read = new AtomicInteger();
        Analysis facts = whole.keepingFactsOnly().analyze(inputs, read::set, n -> { });

        assertThat(read.get()).isEqualTo(3);
        assertThat(facts.reports()).extracting(Report::id).containsExactly("dated", "other", "undated");
        assertThat(facts.reports()).allSatisfy(r -> {
            assertThat(r.has(Layer.READING)).isFalse();
            assertThat(r.has(Layer.TIMES)).isFalse();
            assertThat(r.raw().bytes()).isEmpty();
            assertThat(r.has(Layer.EVENTS)).isTrue();
        });
        assertThat(facts.reports().get(2).publication().how()).contains("the batch's report"); // analysed again
        SituationJson json = new SituationJson();
        assertThat(json.toString(facts)).isEqualTo(json.toString(full));
    }

    @Test
    void theJsonWrittenItemByItemIsTheTree() throws Exception {
        Files.writeString(dir.resolve("one.txt"), " date 2025-03-04\nDrones struck a fuel depot near Odesa on Tuesday, "
                + "killing two workers, the governor said: \"The fire is out.\"\n");
        Analysis analysis = new BatchAnalyzer(pipeline, new InputReader(), 1, false).keepingFactsOnly()
                .analyze(new InputCollector().collect(List.of(dir.toString())).inputs(), n -> { });
        SituationJson json = new SituationJson();
        java.io.ByteArrayOutputStream streamed = new java.io.ByteArrayOutputStream();
        json.write(new SituationBuilder().build(analysis), streamed);
        assertThat(streamed.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(json.toString(analysis) + "\n");
    }
}
