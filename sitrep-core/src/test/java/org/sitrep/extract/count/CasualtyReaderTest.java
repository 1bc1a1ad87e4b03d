package org.sitrep.extract.count;

import org.sitrep.model.FigureKind;
import org.sitrep.model.Qualifier;
import org.sitrep.model.Tokens;
import org.sitrep.text.Abbreviations;
import org.sitrep.text.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Numbers in digits and words, and what the counts of a sentence count, on sentences written for these tests. */
class CasualtyReaderTest {
    private static final Tokenizer TOKENIZER = new Tokenizer(Abbreviations.loadDefault());
    private static final NumberReader NUMBERS = NumberReader.loadDefault();
    private static final CasualtyReader READER = new CasualtyReader(NUMBERS, CasualtyLexicon.loadDefault());

    private static List<Casualty> read(String sentence) {
        Tokens t = TOKENIZER.tokenize(sentence);
        return READER.read(t, 0, t.size(), CasualtyReader.Excluded.NONE);
    }

    private static Quantity number(String words) {
        Tokens t = TOKENIZER.tokenize(words);
        return NUMBERS.read(t, 0, t.size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "13|13|EXACT", "48,500|48500|EXACT", "at least 13|13|AT_LEAST", "more than 300,000|300000|MORE_THAN",
            "nearly 6 million|6000000|ABOUT", "1.5 million|1500000|EXACT", "twenty-five|25|EXACT",
            "two hundred and fifty|250|EXACT", "a dozen|12|EXACT", "up to 20|20|UP_TO", "over 200|200|MORE_THAN",
            "between 17 and 20|17|AT_LEAST", "three thousand|3000|EXACT", "some 40|40|ABOUT"})
    void readsNumbersInDigitsAndWords(String written, long value, Qualifier qualifier) {
        Quantity q = number(written);
        assertThat(q).isNotNull();
        assertThat(q.value()).isEqualTo(value);
        assertThat(q.qualifier()).isEqualTo(qualifier);
    }

    @Test
    void vagueQuantitiesGiveNoNumber() {
        assertThat(number("dozens of").value()).isNull();
        assertThat(number("scores of").vague()).isEqualTo("scores of");
        assertThat(number("one of")).isNull();
        assertThat(number("13 km")).isNull();
    }

    @Test
    void countsJoinedByAndAreOneToll() {
        List<Casualty> c = read("Government jets killed two women and five children near Kadugli.");
        assertThat(c).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(FigureKind.KILLED);
            assertThat(x.count()).isEqualTo(7L);
            assertThat(x.civilians()).isTrue();
        });
        assertThat(read("The raid killed five children and two women.").get(0).count()).isEqualTo(7L);
    }

    @Test
    void killedAndInjuredAreSeparateAndIncludedPartsAreSubsets() {
        List<Casualty> c = read("The blast killed four civilians and injured 25 others, including eight children.");
        assertThat(c).extracting(Casualty::kind, Casualty::count, Casualty::subset).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FigureKind.KILLED, 4L, false),
                org.assertj.core.groups.Tuple.tuple(FigureKind.INJURED, 25L, false),
                org.assertj.core.groups.Tuple.tuple(FigureKind.INJURED, 8L, true));
    }

    @Test
    void aCueAfterTheNumberCountsToo() {
        assertThat(read("At least nine people, four of them children, were killed in the strike."))
                .extracting(Casualty::kind, Casualty::count, Casualty::subset).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(FigureKind.KILLED, 9L, false),
                        org.assertj.core.groups.Tuple.tuple(FigureKind.KILLED, 4L, true));
        assertThat(read("More than 2,000 families in the district had been displaced.").get(0).kind())
                .isEqualTo(FigureKind.DISPLACED);
        assertThat(read("The clashes left over 40 dead.").get(0).count()).isEqualTo(40L);
    }

    @Test
    void placesCountedAreCapturesAndPeopleTakenAreDetentions() {
        assertThat(read("Insurgents seized at least 11 villages on the plain.").get(0).kind()).isEqualTo(FigureKind.CAPTURED);
        assertThat(read("Police arrested 14 people after the march.").get(0).kind()).isEqualTo(FigureKind.DETAINED);
        assertThat(read("The war created nearly 2 million refugees.").get(0).kind()).isEqualTo(FigureKind.DISPLACED);
    }

    @Test
    void anArticleBeforeOnePersonCountsOne() {
        assertThat(read("A bomb killed a man and a woman in their sixties.").get(0).count()).isEqualTo(2L);
    }

    @Test
    void numbersWithoutACueAreNotCounts() {
        assertThat(read("The convoy of 60 trucks reached the town after 13 hours.")).isEmpty();
        assertThat(read("Twelve members of parliament walked out.")).isEmpty();
    }

    private static List<org.assertj.core.groups.Tuple> kinds(String sentence) {
        return read(sentence).stream()
                .map(c -> org.assertj.core.groups.Tuple.tuple(c.kind(), c.count())).toList();
    }

    private static org.assertj.core.groups.Tuple t(FigureKind kind, long count) {
        return org.assertj.core.groups.Tuple.tuple(kind, count);
    }

    @Test
    void aCountJoinedByAndSaysItsOwnKind() {
        assertThat(kinds("The riot left 40 dead and 65 injured in the old prison."))
                .containsExactly(t(FigureKind.KILLED, 40), t(FigureKind.INJURED, 65));
    }

    @Test
    void aDeathToldAfterTheGroupBeatsTheGroupsOwnKind() {
        assertThat(kinds("Twelve prisoners were killed in the fire.")).containsExactly(t(FigureKind.KILLED, 12));
        assertThat(kinds("Some 30 detainees were moved to the north.")).containsExactly(t(FigureKind.DETAINED, 30));
    }

    @Test
    void abductedPeopleAreMissingAndTakenCombatantsCaptured() {
        assertThat(kinds("Gunmen abducted 35 pupils from the school.")).containsExactly(t(FigureKind.MISSING, 35));
        assertThat(kinds("Bandits seized 60 villagers on the road.")).containsExactly(t(FigureKind.MISSING, 60));
        assertThat(kinds("The rebels captured 14 soldiers near the bridge.")).containsExactly(t(FigureKind.CAPTURED, 14));
        assertThat(kinds("At least nine were taken prisoner, he added.")).containsExactly(t(FigureKind.CAPTURED, 9));
        assertThat(kinds("More than 40 pupils were taken hostage.")).containsExactly(t(FigureKind.MISSING, 40));
    }

    @Test
    void aVerbOfTakingCountsPeopleOnlyWithHowTheyWereTaken() {
        assertThat(kinds("The raiders took 40 passengers hostage.")).containsExactly(t(FigureKind.MISSING, 40));
        assertThat(kinds("The militia took 18 soldiers prisoner.")).containsExactly(t(FigureKind.CAPTURED, 18));
        assertThat(kinds("Volunteers took six people to the clinic.")).isEmpty();
        assertThat(kinds("Volunteers took six wounded people to the clinic.")).containsExactly(t(FigureKind.INJURED, 6));
        assertThat(kinds("The army lost 20 soldiers in the ambush.")).isEmpty();
    }

    @Test
    void rescuedAndFreedPeopleAreOtherAndARescueNeedsPeople() {
        assertThat(kinds("Troops rescued 48 hostages from the camp.")).containsExactly(t(FigureKind.OTHER, 48));
        assertThat(kinds("By nightfall 31 had been rescued from the shore.")).containsExactly(t(FigureKind.OTHER, 31));
        assertThat(kinds("40 of the students have returned home.")).containsExactly(t(FigureKind.OTHER, 40));
        assertThat(kinds("The group released 3 videos on Sunday.")).isEmpty();
    }

    @Test
    void itemsOfAListAreToldApartWhileTwoCountsJoinedByAndAreOneToll() {
        assertThat(kinds("Among those freed were 20 men, 12 women and 5 children."))
                .containsExactly(t(FigureKind.OTHER, 20), t(FigureKind.OTHER, 12), t(FigureKind.OTHER, 5));
        assertThat(kinds("The shelling killed three women and four children.")).containsExactly(t(FigureKind.KILLED, 7));
    }

    @Test
    void aCountWhoseVerbIsLeftOutCountsWhatTheCountBeforeCounts() {
        assertThat(kinds("Riots left 30 dead in March and 14 in June."))
                .containsExactly(t(FigureKind.KILLED, 30), t(FigureKind.KILLED, 14));
    }

    @Test
    void twoSidesLossesAreTwoCountsButOneToll() {
        List<Casualty> c = read("Eight Malian army soldiers and 21 rebels were killed.");
        assertThat(c).extracting(Casualty::count, Casualty::group, Casualty::alongside)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(8L, "soldiers", false),
                        org.assertj.core.groups.Tuple.tuple(21L, "rebels", true));
        String text = "Eight Malian army soldiers and 21 rebels were killed.";
        Tokens tokens = TOKENIZER.tokenize(text);
        org.sitrep.model.Sentence s = new org.sitrep.model.Sentence(0, 0, text.length(), 0, tokens.size(), 0, false);
        assertThat(new CasualtyToll(READER).read(text, tokens, s).killed()).isEqualTo(29);
    }

    @Test
    void aListOfGroupsBeforeTheCueIsOneGroup() {
        assertThat(kinds("It was a year with more than 900 civilians, soldiers and rebels killed."))
                .containsExactly(t(FigureKind.KILLED, 900));
        assertThat(kinds("Nine injured passengers were taken to a clinic.")).containsExactly(t(FigureKind.INJURED, 9));
    }

    @Test
    void anArticleAfterACommaIsNoItemOfAListAndEvacuatedPeopleAreDisplaced() {
        assertThat(kinds("Police arrested 14 people, a police officer said.")).containsExactly(t(FigureKind.DETAINED, 14));
        assertThat(kinds("More than 900 people have been evacuated from the district."))
                .containsExactly(t(FigureKind.DISPLACED, 900));
    }

    @Test
    void aCueAfterACountThatNamesNobodyNeedsOnlyAuxiliariesBetween() {
        assertThat(kinds("Her first six albums were released by the label.")).isEmpty();
        assertThat(kinds("The cell built for 35 held 155 men.")).isEmpty();
        assertThat(kinds("Another 30 were still unaccounted for.")).containsExactly(t(FigureKind.MISSING, 30));
        assertThat(kinds("All but four have now been released.")).isEmpty();
    }
}
