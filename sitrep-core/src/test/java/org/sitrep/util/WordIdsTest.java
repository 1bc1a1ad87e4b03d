package org.sitrep.util;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every word registered keeps one number for good; a word never registered has none. */
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

    @Test
    void aWordNeverRegisteredHasNoNumber() {
        WordIds.register(List.of("wordids-test-known"));
        assertThat(WordIds.id("wordids-test-never-registered")).isEqualTo(-1);
        assertThat(WordIds.now().id("wordids-test-known")).isEqualTo(WordIds.id("wordids-test-known"));
    }
}
