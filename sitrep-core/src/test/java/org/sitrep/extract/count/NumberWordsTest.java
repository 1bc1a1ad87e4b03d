package org.sitrep.extract.count;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitrep.extract.CueTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-word numbers read once from the word list are what parsing each word at every reading gave. */
class NumberWordsTest {
    private static final NumberReader READER = NumberReader.loadDefault();
    private static final CueTable TABLE = CueTable.load(NumberReader.DEFAULT_RESOURCE);

    @Property(tries = 500)
    void aWordHasTheNumberParsingItGave(@ForAll("words") String w) {
        assertThat(READER.small(w)).as(w).isEqualTo(parsed(w));
    }

    /** Number words, pairs of them joined by hyphens (right and wrong ones), and other words. */
    @Provide
    Arbitrary<String> words() {
        List<String> all = new ArrayList<>();
        for (String kind : List.of("unit", "tens", "scale", "fixed")) {
            all.addAll(TABLE.kind(kind).keySet());
        }
        all.addAll(List.of("and", "of", "twentyfive", "-", "x"));
        Arbitrary<String> word = Arbitraries.of(all);
        return Arbitraries.oneOf(word, Arbitraries.strings().alpha().ofMaxLength(8),
                Combinators.combine(word, word).as((a, b) -> a + "-" + b),
                Combinators.combine(word, word, word).as((a, b, c) -> a + "-" + b + "-" + c));
    }

    /** How the reader used to read a word: looked up and parsed each time. */
    private static Long parsed(String w) {
        Map<String, String> units = TABLE.kind("unit");
        Map<String, String> tens = TABLE.kind("tens");
        String u = units.get(w);
        if (u != null && !w.contains(" ")) {
            return Long.parseLong(u);
        }
        String t = tens.get(w);
        if (t != null) {
            return Long.parseLong(t);
        }
        int dash = w.indexOf('-');
        if (dash > 0) {
            String a = tens.get(w.substring(0, dash));
            String b = units.get(w.substring(dash + 1));
            if (a != null && b != null && Long.parseLong(b) < 10) {
                return Long.parseLong(a) + Long.parseLong(b);
            }
        }
        return null;
    }
}
