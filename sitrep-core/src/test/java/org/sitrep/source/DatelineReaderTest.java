package org.sitrep.source;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.sitrep.time.DateExpressions;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The dateline's place, date and credit; its two patterns are tried only at the start of a line. */
class DatelineReaderTest {
    private static final DatelineReader READER = new DatelineReader(DateExpressions.loadDefault());

    @Test
    void readsPlaceDateAndCredit() {
        Dateline d = READER.find("Menu\nPORT ELLIS, Nov. 3 (Wire) - Rain fell on the town for a week.");
        assertThat(d.place()).isEqualTo("PORT ELLIS");
        assertThat(d.date().text()).isEqualTo("Nov. 3");
        assertThat(d.credit()).isEqualTo("Wire");
    }

    @Property(tries = 500)
    void lookingAtFindsWhatFindFinds(@ForAll @StringLength(max = 40)
            @Chars({'A', 'B', 'c', ' ', '\t', ',', '(', ')', '-', ':', '—', '.', '\''}) String line) {
        for (Pattern p : new Pattern[] {DatelineReader.LEAD, DatelineReader.CREDIT_END}) {
            Matcher find = p.matcher(line);
            Matcher looking = p.matcher(line);
            boolean found = find.find();
            assertThat(looking.lookingAt()).isEqualTo(found);
            if (found) {
                assertThat(looking.group()).isEqualTo(find.group());
            }
        }
    }
}
