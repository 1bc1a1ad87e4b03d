package org.sitrep.time;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DateWordsTest {

    @Test
    void defaultWordsCoverAbbreviations() {
        DateWords w = DateWords.loadDefault();
        assertThat(w.month("Sept.")).isEqualTo(Month.SEPTEMBER);
        assertThat(w.month("Nov")).isEqualTo(Month.NOVEMBER);
        assertThat(w.weekday("Thu")).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(w.weekday("Tues.")).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(w.phrases("future-cue")).contains("will");
        assertThat(w.phrases("feed-heading")).contains("news feed", "most read");
    }

    @Test
    void parsesItsFormat() {
        DateWords w = DateWords.parse(List.of("# c", "month\tbrumaire\t11", "weekday\tdecadi\t7", "cue\tfoo\t"));
        assertThat(w.month("Brumaire")).isEqualTo(Month.NOVEMBER);
        assertThat(w.weekday("Decadi")).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(w.phrases("cue")).containsExactly("foo");
        assertThat(w.phrases("none")).isEmpty();
    }
}
