package org.sitrep.names;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trie finds what the string-keyed index it replaced found, and a slot index finds what one index of every
 * pattern written out with every fill finds. Words are drawn from a tiny vocabulary, with keys that hold a space
 * (a hyphenated token folds to two words), skipped tokens ("") and phrase-ending ones (null), so that walks
 * share prefixes, stop early and cross token boundaries in every way.
 */
class PhraseIndexPropertiesTest {
    private static final List<String> WORDS = List.of("a", "b", "c", "a b", "b c");
    private static final List<String> SINGLE_WORDS = List.of("a", "b", "c");

    @Provide
    Arbitrary<List<List<String>>> phrases() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(4).list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<String>> text() {
        return Arbitraries.oneOf(Arbitraries.of(WORDS), Arbitraries.just(""), Arbitraries.just("d"),
                Arbitraries.just((String) null)).list().ofMinSize(1).ofMaxSize(9);
    }

    @Property(tries = 500)
    void theTrieFindsWhatTheStringKeysFound(@ForAll("phrases") List<List<String>> phrases,
                                            @ForAll("text") List<String> text,
                                            @ForAll @Size(9) List<Boolean> breakAt) {
        PhraseIndex<Integer> trie = new PhraseIndex<>();
        StringKeyedPhraseIndex<Integer> keyed = new StringKeyedPhraseIndex<>();
        for (int p = 0; p < phrases.size(); p++) {
            trie.add(phrases.get(p), p % 3); // targets shared among phrases, as spellings share a lexeme
            keyed.add(phrases.get(p), p % 3);
        }
        String[] keys = text.toArray(String[]::new);
        boolean[] breaks = new boolean[keys.length];
        for (int i = 0; i < keys.length; i++) {
            breaks[i] = breakAt.get(i);
        }
        for (int from = 0; from < keys.length; from++) {
            assertThat(trie.longest(keys, breaks, from, keys.length))
                    .as("from %d", from).isEqualTo(keyed.longest(keys, breaks, from, keys.length));
        }
    }

    @Provide
    Arbitrary<List<List<String>>> singleWordPhrases() {
        return Arbitraries.of(SINGLE_WORDS).list().ofMinSize(1).ofMaxSize(4).list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<String>> singleWordText() {
        return Arbitraries.oneOf(Arbitraries.of(SINGLE_WORDS), Arbitraries.just(""), Arbitraries.just((String) null))
                .list().ofMinSize(1).ofMaxSize(9);
    }

    /** Words without spaces: a slot index looks a match's first word up whole, so a two-word token is out of its contract. */
    @Property(tries = 300)
    void aSlotIndexFindsWhatEveryPatternWrittenOutFinds(@ForAll("singleWordPhrases") List<List<String>> befores,
                                                         @ForAll("singleWordPhrases") List<List<String>> fills,
                                                         @ForAll("singleWordText") List<String> text) {
        SlotPhraseIndex<String, String> slots = new SlotPhraseIndex<>();
        PhraseIndex<SlotPhraseIndex.Filled<String, String>> written = new PhraseIndex<>();
        for (int f = 0; f < fills.size(); f++) {
            slots.addFill("{x}", fills.get(f), "F" + f % 2);
        }
        for (int p = 0; p < befores.size(); p++) {
            List<String> before = p % 2 == 0 ? befores.get(p) : List.of(); // half open with the slot
            List<String> after = p % 3 == 0 ? List.of() : befores.get((p + 1) % befores.size());
            if (before.isEmpty() && after.isEmpty()) {
                continue;
            }
            slots.addPattern(before, "{x}", after, "P" + p % 2);
            for (int f = 0; f < fills.size(); f++) {
                List<String> words = new ArrayList<>(before);
                words.addAll(fills.get(f));
                words.addAll(after);
                written.add(words, new SlotPhraseIndex.Filled<>("P" + p % 2, "F" + f % 2));
            }
        }
        String[] keys = text.toArray(String[]::new);
        boolean[] breaks = new boolean[keys.length];
        for (int from = 0; from < keys.length; from++) {
            PhraseIndex.Match<SlotPhraseIndex.Filled<String, String>> expected = written.longest(keys, breaks, from, keys.length);
            PhraseIndex.Match<SlotPhraseIndex.Filled<String, String>> found = slots.longest(keys, breaks, from, keys.length);
            if (expected == null) {
                assertThat(found).as("from %d", from).isNull();
            } else {
                assertThat(found).as("from %d", from).isNotNull();
                assertThat(found.to()).as("end from %d", from).isEqualTo(expected.to());
                assertThat(found.targets()).as("targets from %d", from)
                        .containsExactlyInAnyOrderElementsOf(expected.targets());
            }
        }
    }

    @Test
    void aTokenFoldedToTwoWordsMeetsTheSameWordsInTwoTokens() {
        PhraseIndex<String> index = new PhraseIndex<>();
        index.add(List.of("jabhat", "nusra", "front"), "JNF");
        index.add(List.of("north vale"), "NV");
        assertThat(index.longest(new String[] {"jabhat nusra", "front"}, new boolean[2], 0, 2).targets())
                .containsExactly("JNF");
        assertThat(index.longest(new String[] {"north", "vale"}, new boolean[2], 0, 2)).isNull();
        assertThat(index.longest(new String[] {"north vale"}, new boolean[1], 0, 1).targets()).containsExactly("NV");
        assertThat(index.size()).isEqualTo(2);
    }
}
