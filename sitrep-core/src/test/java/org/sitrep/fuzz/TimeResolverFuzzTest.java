package org.sitrep.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;
import org.sitrep.time.DateExpressions;
import org.sitrep.time.DateMention;
import org.sitrep.time.TimeExpression;
import org.sitrep.time.TimeResolver;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any text, published on a known day, on a leap day or on an unknown day: every time expression lies inside the
 * text, its first day is not after its last, its days fall in a sane range of years (1800 to 2200: the years
 * the text can name are 1900 to 2099, and a relative phrase moves them a little), its precision is ACLED's 1, 2
 * or 3, and the date mentions it was built from lie inside the text too.
 */
class TimeResolverFuzzTest {
    private static final DateExpressions EXPRESSIONS = DateExpressions.loadDefault();
    private static final TimeResolver RESOLVER = new TimeResolver(EXPRESSIONS);
    private static final List<LocalDate> PUBLISHED = Arrays.asList(LocalDate.of(2024, 11, 30),
            LocalDate.of(2000, 2, 29), LocalDate.of(2099, 12, 31), null);

    @FuzzTest(maxDuration = "30s")
    @Timeout(10)
    void resolve(byte[] input) {
        String text = FuzzChecks.utf8(input, 8 * 1024);
        List<DateMention> mentions = EXPRESSIONS.find(text);
        for (DateMention m : mentions) {
            FuzzChecks.span(m.start(), m.end(), text.length(), "mention");
        }
        for (LocalDate published : PUBLISHED) {
            for (TimeExpression e : RESOLVER.resolve(text, published)) {
                String what = e + " published " + published;
                FuzzChecks.span(e.start(), e.end(), text.length(), what);
                assertThat(e.end()).as(what).isGreaterThan(e.start());
                assertThat(e.text()).as(what).isNotEmpty();
                assertThat(e.relation()).as(what).isNotNull();
                assertThat(e.precision()).as(what).isBetween(1, 3);
                if (e.first() != null) {
                    assertThat(e.first().getYear()).as(what).isBetween(1800, 2200);
                }
                if (e.last() != null) {
                    assertThat(e.last().getYear()).as(what).isBetween(1800, 2200);
                }
                if (e.first() != null && e.last() != null) {
                    assertThat(e.first()).as(what).isBeforeOrEqualTo(e.last());
                }
            }
        }
    }
}
