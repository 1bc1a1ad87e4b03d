package org.sitrep.extract.quote;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Quote;
import org.sitrep.model.RawInput;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Report;
import org.sitrep.pipeline.StandardPipeline;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One test per speaker, span and joining rule of the quotes stage, on short invented reports. */
class QuoteSpeakerRulesTest {
    private static final Pipeline PIPELINE = StandardPipeline.create();

    private static List<Quote> quotes(String text) throws Exception {
        Report r = new Report(new RawInput("doc1", "doc1.txt", "doc1.txt",
                (" date 2025-03-14\n" + text).getBytes(StandardCharsets.UTF_8)));
        return PIPELINE.run(r).quotes().quotes();
    }

    @Test
    void aDescribedSpeakerIsKeptAsDescribed() throws Exception {
        List<Quote> q = quotes("Shells fell on the market of Varenko on Sunday.\n"
                + "The strike caused “heavy damage to the stalls and the bus station,” a security official told reporters.");
        assertThat(q).extracting(Quote::speaker).containsExactly("a security official");
    }

    @Test
    void aDescriptionEndsBeforeAParticiple() throws Exception {
        List<Quote> q = quotes("Shells fell on the market of Varenko on Sunday.\n"
                + "An eyewitness, speaking on condition of anonymity, said: “The roof came down on the traders.”");
        assertThat(q).extracting(Quote::speaker).containsExactly("An eyewitness");
    }

    @Test
    void theAuthorOfAReportSpeaksForIt() throws Exception {
        List<Quote> q = quotes("Shells fell on the market of Varenko on Sunday.\n"
                + "A report on the attack by a security consultant said “most of the guards were killed” at the gate.");
        assertThat(q).extracting(Quote::speaker).containsExactly("a security consultant");
    }

    @Test
    void aDefiniteDescriptionWithNoAntecedentIsTheDescription() throws Exception {
        List<Quote> q = quotes("Gunmen raided the village of Drovka at night.\n"
                + "The militia member who asked not to be named, said the raiders took cattle.\n"
                + "“They came on motorbikes and burned the granary before we could reach it.”");
        assertThat(q).extracting(Quote::speaker).containsExactly("militia member");
    }

    @Test
    void theSourcePointsBackAtTheSpeakerJustHeard() throws Exception {
        List<Quote> q = quotes("Gunmen raided the village of Drovka at night.\n"
                + "The raiders killed two guards, Marta Velikova told reporters.\n"
                + "They attacked the post from “two directions at once,” the source noted.");
        assertThat(q).extracting(Quote::speaker).containsExactly("Marta Velikova");
    }

    @Test
    void aPossessiveSpeakerIsTheOwnerWithTheNoun() throws Exception {
        List<Quote> q = quotes("A girl was hurt when the market was shelled.\n"
                + "Anouk’s mother said, “The smoke was so thick we could not see each other.”");
        assertThat(q).extracting(Quote::speaker).containsExactly("Anouk’s mother");
    }

    @Test
    void aSurnameIsTiedToTheFullNameWrittenEarlier() throws Exception {
        List<Quote> q = quotes("Brigadier General Oskar Brenneland visited the front on Monday.\n"
                + "Brenneland said the troops were “ready to hold the line through the winter.”");
        assertThat(q).extracting(Quote::speaker).containsExactly("Oskar Brenneland");
    }

    @Test
    void anAttributionOpeningTheNextSentenceCounts() throws Exception {
        List<Quote> q = quotes("The second attack hit the northern base.\n"
                + "“Our soldiers pushed the raiders back and seized two trucks full of rifles”. Said, Governor Pavel Oderin");
        assertThat(q).extracting(Quote::speaker).containsExactly("Pavel Oderin");
    }

    @Test
    void aStraightMarkAfterASpaceClosesTheQuoteAfterASentenceEnd() throws Exception {
        List<Quote> q = quotes("The second attack hit the northern base.\n"
                + "\"The raiders came at dawn. We drove them back before noon. \"said Tomas Brevik, a local commander.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker()).isEqualTo("Tomas Brevik");
        assertThat(q.get(0).text()).startsWith("The raiders came at dawn").endsWith("before noon.");
    }

    @Test
    void aClosingMarkWhoseOpeningWasLostStillClosesAQuote() throws Exception {
        List<Quote> q = quotes("The second attack hit the northern base.“\n"
                + "They wanted to cut the bridges. We stopped them at the river,” said Tomas Brevik, a local commander.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker()).isEqualTo("Tomas Brevik");
        assertThat(q.get(0).text()).startsWith("They wanted to cut the bridges");
    }

    @Test
    void aPartialQuoteAfterASpeakersQuoteIsTheirsAndStandsAlone() throws Exception {
        List<Quote> q = quotes("Protesters blocked the convoy near Varenko.\n"
                + "“No soldier was hurt,” army spokesman Ivo Tarsk told reporters. But “two drivers were hurt by stones”.");
        assertThat(q).extracting(Quote::speaker).containsExactly("Ivo Tarsk", "Ivo Tarsk");
        assertThat(q).extracting(Quote::text).containsExactly("No soldier was hurt", "two drivers were hurt by stones");
    }

    @Test
    void aParticipleCueSpeaksForTheSubjectOfItsSentence() throws Exception {
        List<Quote> q = quotes("The market of Varenko was shelled on Sunday.\n"
                + "Foreign ministry spokesman Ivo Tarsk \"strongly condemned the shelling of the market\", describing it "
                + "as \"a crime against the people of the town\".");
        assertThat(q).extracting(Quote::speaker).containsOnly("Ivo Tarsk");
        assertThat(q).hasSize(2);
    }

    @Test
    void anAdverbMayStandBetweenAnAppositionAndItsVerb() throws Exception {
        List<Quote> q = quotes("The market of Varenko was shelled on Sunday.\n"
                + "The information minister, Ivo Tarsk, merely pointed out that \"most of the dead were traders\".");
        assertThat(q).extracting(Quote::speaker).containsExactly("Ivo Tarsk");
    }

    @Test
    void aQuotedNameAloneIsNotAQuotation() throws Exception {
        List<Quote> q = quotes("Six soldiers were killed near the border in an attack blamed on “Islamic State,” "
                + "officials said on Sunday.");
        assertThat(q).isEmpty();
    }

    @Test
    void aQuoteParagraphThatSaysMoreStandsAlone() throws Exception {
        List<Quote> q = quotes("Protesters blocked the convoy near Varenko.\n"
                + "“The convoy was stopped by a crowd on the main road,” Marta Velikova said.\n"
                + "“The drivers tried to turn back,” leading to a long stand-off at the checkpoint.");
        assertThat(q).extracting(Quote::text)
                .containsExactly("The convoy was stopped by a crowd on the main road", "The drivers tried to turn back");
    }

    @Test
    void aPhraseQuotedAfterTheAttributionIsAQuotationOfItsOwn() throws Exception {
        List<Quote> q = quotes("The rebels left the city of Varenko.\n"
                + "“The struggle goes on,” Marta Velikova said, speaking of a “new phase of the war”.");
        assertThat(q).extracting(Quote::text).containsExactly("The struggle goes on", "new phase of the war");
    }

    @Test
    void aPronounAfterABodyJustHeardIsTheBodysSpokesman() throws Exception {
        List<Quote> q = quotes("“We took the town,” General Oskar Brenneland said on Monday.\n"
                + "Amnesty International said in a statement that the shelling had “killed dozens of civilians”.\n"
                + "“The world must act,” he said.");
        assertThat(q).extracting(Quote::speaker).containsExactly("Oskar Brenneland", "Amnesty International",
                "Amnesty International");
    }
    @Test
    void aNumberOfPeopleDescribedIsNoOneInParticular() throws Exception {
        List<Quote> q = quotes("Families fled the town of Drovka on foot.\n"
                + "“We left everything behind,” one woman said.");
        assertThat(q).isEmpty();
    }

    @Test
    void aHyphenatedNameIsOneName() throws Exception {
        List<Quote> q = quotes("Fighting went on around the wells of Drovka.\n"
                + "Sheikh Abdi-Karim Guled, a clan elder, said on Monday that the militia held the wells.\n"
                + "“We held the wells for two days,” Abdi-Karim said by telephone.");
        assertThat(q).extracting(Quote::speaker).containsExactly("Abdi-Karim Guled");
    }

    @Test
    void aPersonIntroducedThenQuotedIsWhomThePronounMeans() throws Exception {
        List<Quote> q = quotes("“Most of the families walked for two nights,” aid worker Tomas Brevik said.\n"
                + "Halina Morvic, 36, reached the camp on Wednesday with her four children.\n"
                + "“We left the harvest in the fields,” she said.");
        assertThat(q).extracting(Quote::speaker).containsExactly("Tomas Brevik", "Halina Morvic");
    }

    @Test
    void aDescriptionHeadedByAProperNameIsNotTakenForItsFirstNoun() throws Exception {
        List<Quote> q = quotes("Fighting went on around the city of Varenko.\n"
                + "The army's Ninth Infantry Brigade, which holds the airport, said it had killed \"large numbers\" "
                + "of attackers.");
        assertThat(q).extracting(Quote::speaker).doesNotContain("army");
        assertThat(q).extracting(Quote::speaker).allMatch(s -> s.contains("Brigade"));
    }

    @Test
    void aLongDescriptionOpeningTheSentenceIsTheSubject() throws Exception {
        List<Quote> q = quotes("Gunmen raided the village of Drovka at night.\n"
                + "A farmer from the hamlet where the raid began told reporters that the gunmen came at ten.\n"
                + "“They shot at anyone who ran,” said the man.");
        assertThat(q).extracting(Quote::speaker).containsExactly("A farmer from the hamlet");
    }

    @Test
    void aPlaceSpeaksForItsGovernmentNotAsAPerson() throws Exception {
        List<Quote> q = quotes("Drones struck the port of Varenko overnight.\n"
                + "Moscow said the strikes were “a legitimate response to the attacks on our territory”.\n"
                + "“More strikes will follow if the attacks go on,” it added.");
        assertThat(q).extracting(Quote::speaker).containsExactly("Moscow", "Moscow");
    }

    @Test
    void aPhraseQuotedInTheNextSentenceWithoutACarryOnIsNotTheSpeakers() throws Exception {
        List<Quote> q = quotes("Protesters blocked the convoy near Varenko.\n"
                + "“No soldier was hurt,” army spokesman Ivo Tarsk told reporters. The militia has been accused of "
                + "“burning the granaries of three villages”.");
        assertThat(q).extracting(Quote::text).containsExactly("No soldier was hurt");
    }

    @Test
    void aBodyNamedInARelativeClauseIsNotTheDescribedPersonsBody() throws Exception {
        List<Quote> q = quotes("Families fled the town of Drovka on foot.\n"
                + "“We walked for two nights,” said a resident who fled the Islamic State fighters.");
        assertThat(q).extracting(Quote::speaker).containsExactly("a resident");
    }

    @Test
    void anUnnamedSpokesmanOfANamedBodyIsTheBody() throws Exception {
        List<Quote> q = quotes("Families fled the town of Drovka on foot.\n"
                + "“The town is under our control,” an Islamic State spokesman said.");
        assertThat(q).extracting(Quote::speaker).containsExactly("Islamic State");
    }

    @Test
    void anAppositionLeftOpenBeforeTheVerbGivesTheRole() throws Exception {
        List<Quote> q = quotes("Gunmen entered the town at dawn.\n"
                + "\"The fighters spoke with a crowd before they left,\" Tomas Brevik, a resident in Drovka said by phone.");
        assertThat(q).extracting(Quote::speaker).containsExactly("Tomas Brevik");
        assertThat(q.get(0).speakerRole()).isEqualTo("resident in Drovka");
    }
}
