package org.sitrep.extract;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Tokens;
import org.sitrep.text.Abbreviations;
import org.sitrep.text.Tokenizer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Cue phrases: longest first, case-insensitive, and the first-word gate never hides a phrase. */
class CuePhrasesTest {
    private static final Tokenizer TOKENIZER = new Tokenizer(Abbreviations.loadDefault());

    @Test
    void theLongestPhraseWinsWhateverItsCase() {
        CuePhrases<String> cues = CuePhrases.of(Map.of("according to", "source", "according to officials", "official",
                "swept into", "capture"));
        Tokens t = TOKENIZER.tokenize("Fighters Swept Into the town, According to officials in the capital.");
        List<CuePhrases.Match<String>> found = cues.find(t, 0, t.size());
        assertThat(found).extracting(CuePhrases.Match::value).containsExactly("capture", "official");
        assertThat(cues.first(t, 3, t.size()).phrase()).isEqualTo("according to officials");
    }

    @Test
    void listsEveryPhraseLowerCaseWithItsValue() {
        CuePhrases<String> cues = CuePhrases.of(Map.of("According to", "source", "swept into", "capture"));
        assertThat(cues.phrases()).containsOnly(Map.entry("according to", "source"), Map.entry("swept into", "capture"));
    }

    @Property(tries = 200)
    void everyPhraseIsFoundAtItsFirstWord(@ForAll @Size(min = 1, max = 300) List<@AlphaChars @StringLength(min = 1,
            max = 12) String> words) {
        Map<String, String> phrases = new LinkedHashMap<>();
        for (String w : words) {
            phrases.put(w.toLowerCase(java.util.Locale.ROOT) + " next", w);
        }
        CuePhrases<String> cues = CuePhrases.of(phrases);
        for (String w : words) {
            Tokens t = TOKENIZER.tokenize("x " + w + " next y");
            assertThat(cues.at(t, 1, t.size())).as(w).isNotNull();
            assertThat(cues.at(t, 2, t.size())).isNull();
        }
    }
}
