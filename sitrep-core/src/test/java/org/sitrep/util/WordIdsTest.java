package org.sitrep.util;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word registered keeps one number for good; a word never registered has none; a word read in place in
 * lower case has the number of its lower-case copy.
 */
class WordIdsTest {

    @Property(tries = 100)
    void aWordKeepsItsNumberAndNumbersAreDistinct(@ForAll @Size(max = 200) List<String> words,
            @ForAll @Size(max = 50) List<String> later) {
        WordIds.register(words);
        Map<String, Integer> before = new HashMap<>();
        for (String w : words) {
            before.put(w, WordIds.id(w));
        }
        WordIds.register(later);
        WordIds.register(words); // again: no new numbers
        for (String w : words) {
            assertThat(WordIds.id(w)).as(w).isEqualTo(before.get(w)).isBetween(0, WordIds.count() - 1);
        }
        assertThat(before.values().stream().distinct().count()).isEqualTo(before.size());
    }

    @Property(tries = 300)
    void readingInPlaceFindsWhatTheLowerCaseCopyFinds(@ForAll @Size(max = 30) List<@StringLength(max = 8) String> words,
            @ForAll @StringLength(max = 8) String other) {
        WordIds.register(words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
        WordIds.Table table = WordIds.now();
        List<String> tokens = new ArrayList<>(words);
        tokens.add(other);
        words.forEach(w -> tokens.add(w.toUpperCase(Locale.ROOT)));
        for (String token : tokens) {
            String text = "«" + token + "»";
            int found = table.idInLowerCase(text, 1, 1 + token.length());
            boolean ascii = token.chars().allMatch(c -> c < 0x80);
            assertThat(found).as(token).isEqualTo(ascii ? table.id(token.toLowerCase(Locale.ROOT)) : WordIds.NOT_ASCII);
        }
    }

    @Test
    void aWordNeverRegisteredHasNoNumber() {
        WordIds.register(List.of("wordids-test-known"));
        assertThat(WordIds.id("wordids-test-never-registered")).isEqualTo(-1);
        assertThat(WordIds.now().id("wordids-test-known")).isEqualTo(WordIds.id("wordids-test-known"));
    }
}
