package org.sitrep.source;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.PublishedBasis;
import org.sitrep.model.RawInput;
import org.sitrep.pipeline.InputException;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Report;
import org.sitrep.pipeline.StandardPipeline;
import org.sitrep.time.TimeExpression;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The batch step on short reports written for the test: two of one incident, one of another. */
class BatchDatingTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = StandardPipeline.create();
    }

    private static Report run(String id, String text) throws InputException {
        return pipeline.run(new Report(new RawInput(id, id + ".txt", id + ".txt",
                text.getBytes(StandardCharsets.UTF_8))));
    }

    private static List<Report> batch(String... idsAndTexts) throws InputException {
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < idsAndTexts.length; i += 2) {
            reports.add(run(idsAndTexts[i], idsAndTexts[i + 1]));
        }
        return BatchDating.of(pipeline).apply(reports);
    }

    private static final String DATED = "date 2023-05-10\n"
            + "GOMA, Congo (Agency) - M23 rebels attacked army positions near Rutshuru on Tuesday, killing five "
            + "soldiers, the army said on Wednesday. Residents of Rutshuru fled towards Goma.";
    private static final String WEEKDAYS_ONLY = "M23 rebels overran army positions near Rutshuru on Tuesday and "
            + "five soldiers were killed, officials in Goma said. Families from Rutshuru were sheltering in Goma.";
    private static final String OTHER = "date 2021-02-03\n"
            + "LIMA, Peru (Agency) - Police dispersed a march of farmers in Lima on Monday, the interior ministry said.";

    @Test
    void aReportThatGivesOnlyWeekdaysTakesTheDayOfTheDatedReportOfItsIncident() throws InputException {
        List<Report> out = batch("a", DATED, "b", WEEKDAYS_ONLY, "c", OTHER);
        Report b = out.get(1);
        assertThat(b.publication().date()).isEqualTo(LocalDate.of(2023, 5, 10));
        assertThat(b.publication().basis()).isEqualTo(PublishedBasis.INFERRED);
        assertThat(b.publication().how()).contains("batch's report of 2023-05-10");
        // analysed again with that date: its weekday is a day now
        TimeExpression tuesday = b.times().expressions().stream().filter(t -> t.text().startsWith("Tuesday"))
                .findFirst().orElseThrow();
        assertThat(tuesday.first()).isEqualTo(LocalDate.of(2023, 5, 9));
        assertThat(out.get(0).publication().basis()).isEqualTo(PublishedBasis.HEADER);
        assertThat(out.get(2).publication().date()).isEqualTo(LocalDate.of(2021, 2, 3));
    }

    @Test
    void withoutAReportOfTheSameIncidentTheReportStaysUndated() throws InputException {
        List<Report> out = batch("b", WEEKDAYS_ONLY, "c", OTHER, "d", OTHER.replace("Lima", "Cusco"));
        assertThat(out.get(0).publication().date()).isNull();
    }
}
