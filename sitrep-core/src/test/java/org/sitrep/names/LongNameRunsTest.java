package org.sitrep.names;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.geo.Gazetteer;
import org.sitrep.model.Reading;
import org.sitrep.text.ReadingBuilder;
import org.sitrep.text.Tokenizer;
import org.sitrep.text.Abbreviations;
import org.sitrep.text.SentenceSplitter;
import org.sitrep.time.DateExpressions;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs of capitalised words longer than the recogniser reads at once give names that never overlap. */
class LongNameRunsTest {
    private static ReadingBuilder reader;
    private static NameRecognizer recognizer;

    @BeforeAll
    static void load() {
        Abbreviations abbreviations = Abbreviations.loadDefault();
        Tokenizer tokenizer = new Tokenizer(abbreviations);
        reader = new ReadingBuilder(SentenceSplitter.loadDefault(abbreviations), tokenizer);
        Gazetteer gazetteer = Gazetteer.loadDefault();
        recognizer = new NameRecognizer(ActorDictionary.loadDefault(gazetteer, tokenizer),
                NameLexicon.loadDefault(gazetteer, tokenizer, DateExpressions.loadDefault().words()), gazetteer);
    }

    private static List<Candidate> candidates(String text) {
        Reading reading = reader.read(text);
        List<Candidate> found = recognizer.find(text, reading, 0);
        for (int i = 1; i < found.size(); i++) {
            assertThat(found.get(i).start()).as("%s after %s", found.get(i).text(), found.get(i - 1).text())
                    .isGreaterThanOrEqualTo(found.get(i - 1).end());
        }
        assertThat(found.size()).isLessThanOrEqualTo(reading.tokens().size());
        return found;
    }

    @Test
    void aRunCutAfterEightWordsDoesNotLendItsNextWordTwice() {
        // the eighth word and the ninth make a place ("Church Department"); the ninth opened a second name too,
        // which overlapped it and broke the list-of-places rule
        List<Candidate> found = candidates("Officials said Duchess Ethiopian National Defense Force Minister Councillor "
                + "Church Department Bruvo attacked.");
        assertThat(found).extracting(Candidate::text).contains("Church Department", "Bruvo");
    }

    @Test
    void generatedRunsOfCapitalisedWordsNeverGiveOverlappingNames() {
        String[] words = {"Duchess", "Minister", "Councillor", "Church", "Department", "State", "Services", "Kano",
                "Defense", "Force", "National", "Governor", "Airbase", "Islamic", "Front", "Al", "Abu", "Bakr", "Sheikh",
                "Street", "Camp", "Brigade", "Council", "of", "the", "and", ","};
        Random random = new Random(16);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder("Officials said");
            for (int k = 0, len = 6 + random.nextInt(20); k < len; k++) {
                text.append(' ').append(words[random.nextInt(words.length)]);
            }
            candidates(text.append(" attacked the village.").toString());
        }
    }
}
