package org.sitrep.names;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A slot pattern matches what the same patterns written out with every fill would. */
class SlotPhraseIndexTest {
    private static final boolean[] NO_BREAKS = new boolean[16];

    private static SlotPhraseIndex<String, String> index() {
        SlotPhraseIndex<String, String> x = new SlotPhraseIndex<>();
        x.addPattern(List.of(), "{d}", List.of("troops"), "troops");
        x.addPattern(List.of(), "{d}", List.of("special", "forces"), "special");
        x.addPattern(List.of("forces", "loyal", "to"), "{c}", List.of(), "loyal");
        x.addPattern(List.of("civilians", "in"), "{c}", List.of(), "civilians");
        x.addFill("{d}", List.of("norland"), "NL");
        x.addFill("{d}", List.of("norland"), "NL2"); // a demonym two countries share
        x.addFill("{d}", List.of("south", "norland"), "SN");
        x.addFill("{c}", List.of("norland"), "NL");
        x.addFill("{c}", List.of("north", "vale"), "NV");
        return x;
    }

    private static String[] keys(String words) {
        return Arrays.stream(words.split(" ")).map(w -> w.equals("_") ? "" : w.equals(".") ? null : w)
                .toArray(String[]::new);
    }

    private static String found(String words, int from) {
        String[] k = keys(words);
        PhraseIndex.Match<SlotPhraseIndex.Filled<String, String>> m = index().longest(k, NO_BREAKS, from, k.length);
        return m == null ? null : m.from() + "-" + m.to() + " " + m.targets().stream()
                .map(f -> f.pattern() + ":" + f.fill()).toList();
    }

    @Test
    void aSlotOpeningThePatternIsFilledBeforeItsWords() {
        assertThat(found("norland troops crossed", 0)).isEqualTo("0-2 [troops:NL, troops:NL2]");
    }

    @Test
    void theLongestFillAndPatternWin() {
        assertThat(found("south norland special forces", 0)).isEqualTo("0-4 [special:SN]");
        assertThat(found("norland special forces", 0)).isEqualTo("0-3 [special:NL, special:NL2]");
    }

    @Test
    void wordsBeforeTheSlotAndSkippedArticlesAreWalked() {
        assertThat(found("forces loyal to _ north vale", 0)).isEqualTo("0-6 [loyal:NV]");
        assertThat(found("civilians in norland said", 0)).isEqualTo("0-3 [civilians:NL]");
    }

    @Test
    void aPhraseStopsAtABreakOrAnEndingToken() {
        assertThat(found("forces loyal to . norland", 0)).isNull();
        String[] k = keys("norland troops");
        boolean[] breaks = new boolean[2];
        breaks[1] = true;
        assertThat(index().longest(k, breaks, 0, 2)).isNull();
    }

    @Test
    void anUnfilledOrUnknownSlotIsNoMatch() {
        assertThat(found("troops", 0)).isNull();
        assertThat(found("westland troops", 0)).isNull();
        assertThat(found("_ norland troops", 0)).isNull(); // a phrase never starts on a skipped token
        assertThat(found("the norland troops", 1)).isEqualTo("1-3 [troops:NL, troops:NL2]");
    }
}
