package org.sitrep.time;

import org.junit.jupiter.api.Test;
import org.sitrep.model.CleanBody;
import org.sitrep.model.Publication;
import org.sitrep.model.PublishedBasis;
import org.sitrep.model.RawInput;
import org.sitrep.pipeline.Report;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The body's expressions of time are found once and read from the document model by the time resolver. */
class DateScanStageTest {
    private static final DateExpressions DATES = DateExpressions.loadDefault();

    private static Report withBody(String text) {
        Report r = new Report(new RawInput("r1", "test", "r1.txt", text.getBytes(StandardCharsets.UTF_8)));
        r.setBody(new CleanBody(text, List.of(), List.of(), 0, List.of()));
        return r;
    }

    @Test
    void theScanFindsTheBodysExpressionsOnce() {
        Report r = withBody("Shelling resumed on Tuesday, two days after the truce of March 3.");
        new DateScanStage(DATES).process(r);
        assertThat(r.dates()).extracting(DateMention::text).contains("Tuesday", "March 3");
    }

    @Test
    void theTimeStagePlacesWhatTheScanFoundRatherThanScanningAgain() {
        Report r = withBody("Shelling resumed on Tuesday, two days after the truce of March 3.");
        // Only the weekday is handed over: a second scan of its own would also place March 3.
        DateMention tuesday = DATES.find(r.body().text()).stream().filter(m -> m.text().equals("Tuesday"))
                .findFirst().orElseThrow();
        r.setDates(List.of(tuesday));
        r.setPublication(new Publication(LocalDate.of(2025, 3, 6), PublishedBasis.HEADER, "header"));
        new TimeStage(new TimeResolver(DATES)).process(r);
        assertThat(r.times().expressions()).extracting(TimeExpression::text).contains("Tuesday")
                .doesNotContain("March 3");
    }
}
