package org.sitrep.text;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One pass of the finder gives what an indexOf loop per literal gives. */
class LiteralFinderTest {

    @Test
    void overlappingNestedAndNonAsciiLiteralsAreAllFound() {
        LiteralFinder f = LiteralFinder.of(List.of("he", "she", "hers", "© 2024", "", "ss"));
        assertThat(f.find("ushers © 2024 hiss")).containsExactly(
                new LiteralFinder.Occurrence(0, 2), new LiteralFinder.Occurrence(1, 1), // both end at 4
                new LiteralFinder.Occurrence(2, 2), new LiteralFinder.Occurrence(3, 7),
                new LiteralFinder.Occurrence(5, 16));
    }

    @Property(tries = 300)
    void findsWhatIndexOfFinds(@ForAll @Size(max = 12) List<@StringLength(min = 1, max = 4) @Chars({'a', 'b', 'é', ' '})
            String> literals, @ForAll @StringLength(max = 200) @Chars({'a', 'b', 'é', ' ', 'c'}) String text) {
        List<String> expected = new ArrayList<>();
        for (int id = 0; id < literals.size(); id++) {
            String l = literals.get(id);
            for (int i = text.indexOf(l); i >= 0; i = text.indexOf(l, i + 1)) {
                expected.add(id + "@" + i);
            }
        }
        List<String> found = LiteralFinder.of(literals).find(text).stream()
                .map(o -> o.literal() + "@" + o.start()).toList();
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** Literals that share prefixes and suffixes, so the search keeps falling back along failure links. */
    @Property(tries = 300)
    void findsWhatIndexOfFindsWhereLiteralsOverlap(@ForAll @Size(max = 8) List<@StringLength(min = 1, max = 5)
            @Chars({'a', 'b'}) String> literals, @ForAll @StringLength(max = 300) @Chars({'a', 'b', 'é'}) String text) {
        findsWhatIndexOfFinds(literals, text);
    }
}
