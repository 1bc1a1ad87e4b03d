package org.sitrep.source;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The opening gates of the phrasings, and the namings found with them and without. */
class PhraseOpeningTest {
    private static final OutletTable TABLE = OutletTable.loadDefault();
    private static final OutletMentions GATED = new OutletMentions(TABLE, true);
    private static final OutletMentions UNGATED = new OutletMentions(TABLE, false);

    @Test
    void aGroupOfWordsOpensWithTheirFirstLettersInEitherCase() {
        String gate = PhraseOpening.gate("(?:told|speaking to|asked) {O}");
        assertThat(Pattern.compile(gate + "\\w+").matcher("x Told").results().map(r -> r.group())).containsExactly("Told");
        Pattern p = Pattern.compile(gate);
        assertThat(List.of("t", "T", "s", "S", "ſ", "a", "A")).allMatch(c -> p.matcher(c).lookingAt());
        assertThat(List.of("x", "X", "1", " ", "(")).noneMatch(c -> p.matcher(c).lookingAt());
    }

    @Test
    void aNameOpensWithACapitalADigitOrThe() {
        Pattern p = Pattern.compile(PhraseOpening.gate("{O} could not verify"), Pattern.CASE_INSENSITIVE);
        assertThat(List.of("R", "9", "the")).allMatch(c -> p.matcher(c).lookingAt());
        assertThat(List.of("r", "a", " ")).noneMatch(c -> p.matcher(c).lookingAt());
    }

    @Test
    void aLineStartOpensWithWhatFollowsTheGroup() {
        Pattern p = Pattern.compile(PhraseOpening.gate("(?:^|[—–-] ?|\\()with {LIST}\\)?\\s*$"));
        assertThat(List.of("w", "W", "—", "–", "-", "(")).allMatch(c -> p.matcher(c).lookingAt());
        assertThat(List.of("x", " ", ")", "^", "[")).noneMatch(c -> p.matcher(c).lookingAt());
    }

    @Test
    void otherOpeningsHaveNoGate() {
        assertThat(PhraseOpening.gate("^(?:more|latest) from {O}\\s*$")).isEmpty();
        assertThat(PhraseOpening.gate("(?:©|\\(c\\)|copyright) {O}")).isEmpty();
        assertThat(PhraseOpening.gate("(?:images?|a) seen by {O}")).isNotEmpty();
        assertThat(PhraseOpening.gate("(?:the|a)? report by {O}")).isEmpty();
        assertThat(PhraseOpening.gate("s?aid to {O}")).isEmpty();
        assertThat(PhraseOpening.gate("[a-z]+ by {O}")).isEmpty();
        assertThat(PhraseOpening.gate("(?:[^x]|b) by {O}")).isEmpty();
        assertThat(PhraseOpening.gate("(?:a|b)+ by {O}")).isEmpty();
    }

    @Property(tries = 400)
    void theGatedPatternsFindWhatTheUngatedFind(@ForAll @Size(max = 16)
            List<@IntRange(min = 0, max = 30) Integer> pieces) {
        String[] words = {"Reuters ", "The Daily Planet ", "could not independently verify ", "told ", "TOLD ",
                "said to ", "Sources ", "\n", "(Photo / ", "AFP", ") ", "contributed to this report. ",
                "Reporting by ", "and ", ", ", "with ", "support ", "please ", "readers who back ", "© 2024 ",
                "Copyright 2023, ", "more from ", "a review by ", "ſupport ", "O’Brien’s ", "U.S. ", "verified by ",
                "— ", "(with ", "\nWith ", "–with "};
        StringBuilder text = new StringBuilder();
        for (int p : pieces) {
            text.append(words[p]);
        }
        assertThat(GATED.scan(text.toString())).isEqualTo(UNGATED.scan(text.toString()));
    }
}
