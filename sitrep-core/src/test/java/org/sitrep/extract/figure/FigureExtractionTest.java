package org.sitrep.extract.figure;

import org.junit.jupiter.api.Test;
import org.sitrep.extract.Analyzed;
import org.sitrep.model.Figure;
import org.sitrep.model.FigureKind;
import org.sitrep.model.Qualifier;
import org.sitrep.pipeline.Report;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Aggregate tallies from short texts written for these tests (published Friday 2025-03-14). */
class FigureExtractionTest {

    private static List<Figure> figures(String text) {
        return Analyzed.report(text).figures().figures();
    }

    @Test
    void aTallyOverASpanIsAFigureWithItsPeriodAndOriginator() {
        Report r = Analyzed.report("Between March 1 and March 9, shelling and drone strikes killed at least 41 civilians "
                + "in Kadugli and injured 120 people, the U.N. Office for the Coordination of Humanitarian Affairs said.");
        assertThat(r.events().events()).isEmpty();
        List<Figure> f = r.figures().figures();
        assertThat(f).extracting(Figure::kind, Figure::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FigureKind.KILLED, 41L),
                org.assertj.core.groups.Tuple.tuple(FigureKind.INJURED, 120L));
        assertThat(f.get(0).qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(f.get(0).group()).isEqualTo("civilians");
        assertThat(f.get(0).periodStart()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(f.get(0).periodEnd()).isEqualTo(LocalDate.of(2025, 3, 9));
        assertThat(f.get(0).attributedTo()).isEqualTo("UN Office for the Coordination of Humanitarian Affairs");
        assertThat(f.get(0).area().name()).isEqualTo("Kadugli");
    }

    @Test
    void asOfGivesOnlyTheEndOfThePeriod() {
        Figure f = figures("As of March 9, more than 120,000 people had been displaced from Kadugli, the "
                + "International Organization for Migration said.").get(0);
        assertThat(f.kind()).isEqualTo(FigureKind.DISPLACED);
        assertThat(f.count()).isEqualTo(120000L);
        assertThat(f.qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(f.periodStart()).isNull();
        assertThat(f.periodEnd()).isEqualTo(LocalDate.of(2025, 3, 9));
    }

    @Test
    void aWrittenMillionIsCountedAndQualified() {
        Figure f = figures("The war has killed more than 150,000 people and created nearly 4 million refugees.").get(1);
        assertThat(f.kind()).isEqualTo(FigureKind.DISPLACED);
        assertThat(f.count()).isEqualTo(4_000_000L);
        assertThat(f.qualifier()).isEqualTo(Qualifier.ABOUT);
    }

    @Test
    void capturedSettlementsAreATally() {
        List<Figure> f = figures("The offensive has seen insurgents seize at least 11 villages in West Kordofan since "
                + "Sunday.");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(FigureKind.CAPTURED);
            assertThat(x.count()).isEqualTo(11L);
        });
    }

    @Test
    void oneIncidentsTollBelongsToTheEvent() {
        Report r = Analyzed.report("A drone strike killed 12 people at a market in Sumy on Thursday, officials said.");
        assertThat(r.figures().figures()).isEmpty();
        assertThat(r.events().events()).singleElement().satisfies(e -> assertThat(e.fatalities()).isEqualTo(12));
    }

    @Test
    void dozensGivesNoFigure() {
        assertThat(figures("Since Sunday, dozens of people have been killed across Kadugli, residents said.")).isEmpty();
    }

    @Test
    void aCountInsideAQuoteIsTheSpeakersAndARepeatedTallyIsOneFigure() {
        List<Figure> f = figures("Between March 1 and March 9, at least 41 civilians were killed in Kadugli, OCHA said.\n\n"
                + "\"At least 41 civilians were killed in nine days,\" a spokesperson said.\n\n"
                + "Since March 1, at least 41 civilians have been killed in Kadugli, the agency added.");
        assertThat(f).singleElement().satisfies(x -> assertThat(x.evidence()).hasSize(2));
    }

    @Test
    void anotherCountInAReportWhoseEventCarriesATollIsThatToll() {
        Report r = Analyzed.report("A drone strike killed 12 people at a market in Sumy on Thursday, officials said.\n\n"
                + "Another 30 people were wounded, the mayor said.");
        assertThat(r.events().events()).anySatisfy(e -> assertThat(e.fatalities()).isEqualTo(12));
        assertThat(r.figures().figures()).isEmpty();
    }

    @Test
    void aPartOfAnIncidentsTollIsNoFigureEither() {
        assertThat(figures("A drone strike killed 12 people, including five children, at a market in Sumy on "
                + "Thursday.")).isEmpty();
    }

    @Test
    void anAbductionsCountIsAFigureBesideItsEvent() {
        List<Figure> f = figures("Gunmen abducted 35 pupils from a school in Kaduna on Thursday, police said.");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(FigureKind.MISSING);
            assertThat(x.count()).isEqualTo(35L);
        });
    }

    @Test
    void aTollToldAgainWithNoReasonOfItsOwnIsNoFigure() {
        Report r = Analyzed.report("Nine people died when the ferry capsized near the harbour.\n\n"
                + "Nine people died, residents said.");
        assertThat(r.events().events()).isEmpty();
        assertThat(r.figures().figures()).isEmpty();
    }

    @Test
    void theSameKindAndNumberToldOfTwoGroupsIsOneFigure() {
        List<Figure> f = figures("Since March 1, 41 civilians have been killed in Kadugli, OCHA said.\n\n"
                + "In all, 41 people have been killed there since March 1, the agency added.");
        assertThat(f).singleElement().satisfies(x -> assertThat(x.evidence()).hasSize(2));
    }

    @Test
    void aCountFarAboveEveryTollOfTheReportIsNotOneOfThemToldAgain() {
        List<Figure> f = figures("A drone strike killed 12 people at a market in Sumy on Thursday, officials said.\n\n"
                + "Russian strikes on the region have killed 410 civilians, the governor said.");
        assertThat(f).extracting(Figure::kind, Figure::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FigureKind.KILLED, 410L));
    }

    @Test
    void anArrestsCountIsItsEventsButAnArrestWithNoEventIsAFigure() {
        Report r = Analyzed.report("Police arrested 14 protesters in Kadugli on Sunday, a police officer said.");
        assertThat(r.events().events()).anySatisfy(e -> assertThat(e.subEventType()).isEqualTo("Arrests"));
        assertThat(r.figures().figures()).isEmpty();
    }

    @Test
    void aFarCountInASentenceThatTellsItsDayIsThatIncidentsToll() {
        Report r = Analyzed.report("A drone strike killed two people in Sumy on Tuesday, officials said.\n\n"
                + "Russian missiles hit Kharkiv on Wednesday, killing three people and injuring 17 others, police said.");
        assertThat(r.events().events()).anySatisfy(e -> assertThat(e.injuries()).isEqualTo(17));
        assertThat(r.figures().figures()).isEmpty();
    }

    @Test
    void aCountNotFarAboveATollTiedToAnIncidentIsThatTollInPart() {
        Report r = Analyzed.report("Nine people died when the ferry capsized near the harbour.\n\n"
                + "Seven bodies were recovered from the river.");
        assertThat(r.events().events()).isEmpty();
        assertThat(r.figures().figures()).isEmpty();
    }
}
