package org.sitrep.extract;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.sitrep.model.Tokens;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matching words by their numbers finds what comparing the tokens' lower-case text with each phrase's words finds:
 * the longest phrase at each position, the first listed among equally long ones.
 */
class CuePhrasesReferenceTest {
    private static final String[] WORDS = {"according", "to", "At", "least", "killed", "the", "al-shabaab's", "'s",
        "-", "swept", "INTO", "town", "officials", "cuephrases-test-rare"};
    private static final String[] FORMS = {"according", "To", "at", "LEAST", "Killed", "the", "Al-Shabaab’s", "’s",
        "-", "swept", "into", "Town", "officials", "other", "words", "cuephrases-test-rare"};

    @Property(tries = 300)
    void numbersFindWhatTextFinds(
            @ForAll @Size(max = 12) List<@Size(min = 1, max = 3) List<@IntRange(max = 13) Integer>> phraseWords,
            @ForAll @Size(max = 40) List<@IntRange(max = 15) Integer> text, @ForAll @IntRange(max = 40) int cut) {
        Map<String, Integer> phrases = new LinkedHashMap<>();
        for (List<Integer> words : phraseWords) {
            List<String> w = new ArrayList<>();
            for (int k : words) {
                w.add(WORDS[k]);
            }
            phrases.putIfAbsent(String.join(separator(w.size()), w), phrases.size());
        }
        Tokens tokens = tokens(text);
        int to = Math.min(cut, tokens.size());
        CuePhrases<Integer> cues = CuePhrases.of(phrases);
        for (int i = 0; i < to; i++) {
            CuePhrases.Match<Integer> expected = reference(phrases, tokens, i, to);
            CuePhrases.Match<Integer> found = cues.at(tokens, i, to);
            assertThat(found).as("at %d of %s", i, text).isEqualTo(expected);
        }
    }

    /** Spaces between words, more than one now and then, as a knowledge file may have them. */
    private static String separator(int n) {
        return n == 2 ? "  " : " ";
    }

    /** The phrase the former matcher found: the text of the tokens' lower-case forms against each phrase's words. */
    private static <V> CuePhrases.Match<V> reference(Map<String, V> phrases, Tokens tokens, int i, int to) {
        CuePhrases.Match<V> best = null;
        for (Map.Entry<String, V> e : phrases.entrySet()) {
            String phrase = e.getKey().strip().toLowerCase(Locale.ROOT);
            String[] words = phrase.split("\\s+");
            if (i + words.length > to) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < words.length && all; k++) {
                all = tokens.lower(i + k).equals(words[k]);
            }
            if (all && (best == null || words.length > best.end() - best.first())) {
                best = new CuePhrases.Match<>(i, i + words.length, e.getValue(), phrase);
            }
        }
        return best;
    }

    private static Tokens tokens(List<Integer> forms) {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[forms.size()];
        int[] ends = new int[forms.size()];
        for (int k = 0; k < forms.size(); k++) {
            starts[k] = text.length();
            text.append(FORMS[forms.get(k)]);
            ends[k] = text.length();
            text.append(' ');
        }
        return new Tokens(text.toString(), starts, ends, forms.size());
    }
}
