package org.sitrep.pipeline;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PipelineTest {

    private static Stage stage(String name, Set<Layer> requires, Set<Layer> adds) {
        return new Stage() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<Layer> requires() {
                return requires;
            }

            @Override
            public Set<Layer> adds() {
                return adds;
            }

            @Override
            public void process(Report report) {
            }
        };
    }

    @Test
    void refusesAStageWhoseInputNoEarlierStageAdds() {
        List<Stage> misordered = List.of(
                stage("clean", Set.of(Layer.DRAFT), Set.of(Layer.BODY)),
                stage("decode", Set.of(Layer.RAW), Set.of(Layer.DECODED)));
        assertThatThrownBy(() -> new Pipeline(misordered))
                .hasMessageContaining("clean requires DRAFT");
    }

    @Test
    void theStandardPipelineIsWellOrdered() {
        Pipeline pipeline = StandardPipeline.create();
        assertThat(pipeline.stages()).extracting(Stage::name)
                .startsWith("decode")
                .contains("boilerplate", "publication-date", "outlet");
    }

    @Test
    void layersAreSetOnceAndReadOnlyWhenPresent() {
        Report report = new Report(new org.sitrep.model.RawInput("a", "a.txt", "a.txt", new byte[] {'x'}));
        assertThatThrownBy(report::body).hasMessageContaining("BODY has not been added");
        report.setPublication(org.sitrep.model.Publication.UNKNOWN);
        assertThatThrownBy(() -> report.setPublication(org.sitrep.model.Publication.UNKNOWN))
                .hasMessageContaining("already set");
    }
}
