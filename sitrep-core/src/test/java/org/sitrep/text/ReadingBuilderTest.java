package org.sitrep.text;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Reading;
import org.sitrep.model.Sentence;
import org.sitrep.model.Tokens;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReadingBuilderTest {
    private static final ReadingBuilder READER = ReadingBuilder.loadDefault();

    private static List<String> sentences(String text) {
        Reading r = READER.read(text);
        List<String> out = new ArrayList<>();
        for (Sentence s : r.sentences()) {
            out.add(text.substring(s.start(), s.end()));
        }
        return out;
    }

    private static List<String> tokens(String text) {
        Tokens t = READER.read(text).tokens();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(t.text(i));
        }
        return out;
    }

    @Test
    void titlesAndMonthsDoNotEndSentences() {
        assertThat(sentences("Maj. Gen. Omar Lindqvist met the envoy on Nov. 29 in St. Marta. The talks ended."))
                .containsExactly("Maj. Gen. Omar Lindqvist met the envoy on Nov. 29 in St. Marta.", "The talks ended.");
    }

    @Test
    void initialsBeforeALowerCaseWordStayInTheSentence() {
        assertThat(sentences("The U.N. envoy said aid was blocked. Convoys waited."))
                .containsExactly("The U.N. envoy said aid was blocked.", "Convoys waited.");
    }

    @Test
    void aSentenceMayEndInAnAbbreviation() {
        assertThat(sentences("The delegation flew back to the U.S. The army said nothing."))
                .containsExactly("The delegation flew back to the U.S.", "The army said nothing.");
    }

    @Test
    void everyLineIsItsOwnParagraphAndHeadlinesAreMarked() {
        String text = "Militia Fighters Seize Border Crossing After Night Raid\n"
                + "Gunmen stormed the post at dawn.\n"
                + "\u2014 Field Reporter (@fieldreporter) March 3, 2025";
        Reading r = READER.read(text);
        assertThat(r.sentences()).hasSize(3);
        assertThat(r.sentences().get(0).headline()).isTrue();
        assertThat(r.sentences().get(1).headline()).isFalse();
        assertThat(r.sentences().get(2).paragraph()).isEqualTo(2);
    }

    @Test
    void aQuoteOverTwoSentencesIsSplitAtItsSentences() {
        assertThat(sentences("He said: \"We held the bridge. We will hold the town.\" Then he left."))
                .hasSize(3);
    }

    @Test
    void tokensKeepNamesTogetherAndSplitPossessives() {
        assertThat(tokens("Hay'at al-Sham's 48,500 fighters (U.N. figures), Idlib-Sarmada road; Al-Fatah"))
                .containsExactly("Hay'at", "al-Sham", "'s", "48,500", "fighters", "(", "U.N.", "figures", ")", ",",
                        "Idlib", "-", "Sarmada", "road", ";", "Al-Fatah");
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "  Gen. Ruiz arrived.\n\nShe left \u201cquickly\u201d.";
        Reading r = READER.read(text);
        Tokens t = r.tokens();
        for (int i = 0; i < t.size(); i++) {
            assertThat(text.substring(t.start(i), t.end(i))).isEqualTo(t.text(i)).isNotBlank();
        }
        for (Sentence s : r.sentences()) {
            assertThat(t.start(s.firstToken())).isGreaterThanOrEqualTo(s.start());
            assertThat(t.end(s.endToken() - 1)).isLessThanOrEqualTo(s.end());
        }
    }

    @Test
    void aTitleInSentenceCaseAtTheTopIsAHeadlineButNotLowerDown() {
        String text = "World\n\nRebel attack leaves 9 villagers dead in northern town\n\n"
                + "Gunmen stormed the village at dawn, residents said.\n\n"
                + "Aid groups say food stocks are low in the area\n";
        Reading r = READER.read(text);
        assertThat(r.sentences()).extracting(Sentence::headline).containsExactly(false, true, false, false);
    }

    /** Every sentence within the cap, the sentences' tokens one after another, every token in one sentence. */
    private static void assertBounded(Reading r) {
        int next = 0;
        for (Sentence s : r.sentences()) {
            assertThat(s.tokenCount()).isBetween(1, ReadingBuilder.MAX_TOKENS);
            assertThat(s.firstToken()).isEqualTo(next);
            assertThat(r.tokens().start(s.firstToken())).isGreaterThanOrEqualTo(s.start());
            assertThat(r.tokens().end(s.endToken() - 1)).isLessThanOrEqualTo(s.end());
            next = s.endToken();
        }
        assertThat(next).isEqualTo(r.tokens().size());
    }

    @Test
    void aLineOfAMillionPeriodsIsReadInSentencesOfBoundedLength() {
        Reading r = READER.read(".".repeat(1_000_000));
        assertThat(r.tokens().size()).isEqualTo(1_000_000);
        assertBounded(r);
    }

    @Test
    void aSentenceOfAHundredThousandWordsIsCutAtCommasWherePossible() {
        StringBuilder text = new StringBuilder("On Monday");
        String[] words = {"soldiers", "attacked", "the", "village", "and", "fled", "north"};
        for (int i = 0; i < 100_000; i++) {
            text.append(i % 40 == 39 ? ", " : " ").append(words[i % words.length]);
        }
        Reading r = READER.read(text.append('.').toString());
        assertBounded(r);
        assertThat(r.sentences().size()).isGreaterThan(100_000 / ReadingBuilder.MAX_TOKENS);
        for (Sentence s : r.sentences().subList(0, r.sentences().size() - 1)) {
            assertThat(r.tokens().text(s.endToken() - 1)).isEqualTo(","); // cut after a comma, not inside a phrase
        }
    }

    @Test
    void aLongRunWithoutSpacesKeepsItsLastPeriodAsASentenceEnd() {
        String address = "www." + "example.".repeat(30) + "org/report.";
        assertThat(sentences("Read it at " + address + " The army said nothing."))
                .containsExactly("Read it at " + address, "The army said nothing.");
    }

    @Test
    void longWordsOfHyphensOrDottedNumbersAreReadInOnePass() {
        String names = "Al-Ab".repeat(50_000);
        String numbers = "1.2".repeat(50_000);
        List<String> t = tokens(names + " " + numbers + " end");
        assertThat(t).containsExactly(names, numbers, "end");
    }
}
