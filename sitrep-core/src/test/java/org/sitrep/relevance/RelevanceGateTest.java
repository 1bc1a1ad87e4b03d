package org.sitrep.relevance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The gate on the default lexicons, on invented texts. */
class RelevanceGateTest {

    @Test
    void anEnglishConflictReportPasses() {
        assertThat(DefaultGate.get().judge(Texts.CONFLICT)).isNull();
    }

    @Test
    void englishPagesOnOtherTopicsAreNotAboutArmedConflict() {
        for (String page : new String[] {Texts.SPORTS, Texts.BUSINESS, Texts.RECIPE, Texts.CELEBRITY}) {
            Skip skip = DefaultGate.get().judge(page);
            assertThat(skip).as(page).isNotNull();
            assertThat(skip.reason()).isEqualTo(Skip.NOT_ABOUT_CONFLICT);
            assertThat(skip.message()).startsWith("not about armed conflict: no trigger, actor or casualty word in its ");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es", "de", "id", "ru", "ar", "zh", "uk", "pt", "it", "tr", "nl"})
    void reportsInOtherLanguagesAreNotEnglish(String language) {
        Skip skip = DefaultGate.get().judge(Texts.in(language));
        assertThat(skip).isNotNull();
        assertThat(skip.reason()).isEqualTo(Skip.NOT_ENGLISH);
    }

    @Test
    void theMessageSaysWhatWasMeasured() {
        assertThat(DefaultGate.get().judge(Texts.in("ru")).message()).isEqualTo("not English: 100% of its letters are not Latin script");
        assertThat(DefaultGate.get().judge(Texts.in("es")).message()).matches("not English: \\d% of its \\d+ words are common English words");
    }

    @Test
    void anEnglishReportQuotingAnotherLanguagePasses() {
        assertThat(DefaultGate.get().judge(Texts.CONFLICT_WITH_FRENCH_QUOTE)).isNull();
        String arabicQuote = Texts.CONFLICT + "\nA banner at the post read \"" + Texts.in("ar").substring(0, 60) + "\".";
        assertThat(DefaultGate.get().judge(arabicQuote)).isNull();
    }

    @Test
    void anEmptyBodyIsNotAboutArmedConflict() {
        Skip skip = DefaultGate.get().judge("");
        assertThat(skip.reason()).isEqualTo(Skip.NOT_ABOUT_CONFLICT);
        assertThat(skip.message()).isEqualTo("not about armed conflict: no text is left once the page is cleaned");
        assertThat(DefaultGate.get().judge(" \n— 12 · 2025 —\n").reason()).isEqualTo(Skip.NOT_ABOUT_CONFLICT);
    }

    @Test
    void aShortBodyIsJudgedByItsWordsNotItsLanguage() {
        assertThat(DefaultGate.get().judge("Three soldiers killed in ambush near the border")).isNull();
        assertThat(DefaultGate.get().judge("Markets closed higher on Friday").reason()).isEqualTo(Skip.NOT_ABOUT_CONFLICT);
        // too short to call French: set aside all the same, as it holds no English conflict word
        assertThat(DefaultGate.get().judge("Le marché a fermé en hausse vendredi").reason())
                .isEqualTo(Skip.NOT_ABOUT_CONFLICT);
    }

    @Test
    void wordsTooCommonToTellTheTopicDoNotLetAPageThrough() {
        // "took control of", "hit", "state", "support", "group": lexicon words of everyday English
        String page = "The group took control of the state pension fund after a vote, and its new support team hit "
                + "every target it was set for the year, the chairman told members at the annual meeting in June.";
        assertThat(DefaultGate.get().judge(page).reason()).isEqualTo(Skip.NOT_ABOUT_CONFLICT);
    }

    @Test
    void anyTriggerActorOrCasualtyWordLetsAnEnglishPageThrough() {
        String page = "The council met on Tuesday evening to discuss the new bus timetable and the repairs to the "
                + "library roof, which are expected to last until the end of the summer. ";
        assertThat(DefaultGate.get().judge(page)).isNotNull();
        assertThat(DefaultGate.get().judge(page + "Shelling was heard to the east.")).isNull();          // trigger
        assertThat(DefaultGate.get().judge(page + "Militants were seen near the bridge.")).isNull();     // description
        assertThat(DefaultGate.get().judge(page + "The Taliban issued a statement.")).isNull();           // named actor
        assertThat(DefaultGate.get().judge(page + "Hundreds of refugees arrived by train.")).isNull();    // casualty word
    }
}
