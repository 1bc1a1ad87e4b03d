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
}
