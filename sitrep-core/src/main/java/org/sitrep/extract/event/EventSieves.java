package org.sitrep.extract.event;

import org.sitrep.model.Mention;
import org.sitrep.model.Place;

import java.util.List;

/**
 * The order of the event sieves, written in one place: for every slot, its rules from the most precise to the
 * least. The rule report ({@code sitrep rules}) holds each rule's decisions against gold; a rule that is wrong
 * more often than right is narrowed or removed here.
 */
final class EventSieves {
    private EventSieves() {
    }

    /** The sub-event type: the trigger's own, else settled by the means named, then by whom it was aimed at. */
    static final SieveChain<String> SUB_EVENT = new SieveChain<>(List.of(
            new SubEventSieves.Raid(),
            new SubEventSieves.Assault(),
            new SubEventSieves.AmbushOnCivilians(),
            new SubEventSieves.Protest(),
            new SubEventSieves.CrowdClash(),
            new SubEventSieves.OfTrigger(),
            new SubEventSieves.ByMeans(),
            new SubEventSieves.ExplosionStruck(),
            new SubEventSieves.ReportMeans(),
            new SubEventSieves.StrikeFromAir(),
            new SubEventSieves.FightersKilled(),
            new SubEventSieves.ArmedTarget(),
            new SubEventSieves.FighterVictims(),
            new SubEventSieves.ArmedPatient(),
            new SubEventSieves.OnPeople()));

    /** Who acts in the trigger's clause, as a mention. */
    static final SieveChain<Mention> AGENT = new SieveChain<>(List.of(
            new AgentSieves.ByPhrase(),
            new AgentSieves.Between(),
            new AgentSieves.BlamedOn(),
            new AgentSieves.InsideMention(),
            new AgentSieves.ClauseSubject(),
            new AgentSieves.FrontedNoun(),
            new AgentSieves.NearestBefore()));

    /** actor1: the agent, or who the sentence's context says acted. */
    static final SieveChain<Agent> ACTOR1 = new SieveChain<>(List.of(
            new ActorSieves.Crowd(),
            new ActorSieves.OwnTroops(),
            new ActorSieves.FromMention(),
            new ActorSieves.CountrySubject(),
            new ActorSieves.ReferredEvent(),
            new ActorSieves.Pronoun(),
            new ActorSieves.PassiveCapture(),
            new ActorSieves.Headline(),
            new ActorSieves.OnlyGroup(),
            new ActorSieves.Unnamed()));

    /** actor2: who was acted on. */
    static final SieveChain<String> ACTOR2 = new SieveChain<>(List.of(
            new TargetSieves.CrowdForces(),
            new TargetSieves.PassiveSubject(),
            new TargetSieves.AfterTrigger(),
            new TargetSieves.Civilians(),
            new TargetSieves.FormerHolder()));

    /** Where: one event per place of the list a sieve gives. */
    static final SieveChain<List<Place>> PLACE = new SieveChain<>(List.of(
            new PlaceSieves.Fronted(),
            new PlaceSieves.ListAfter(),
            new PlaceSieves.JustBefore(),
            new PlaceSieves.NearTrigger(),
            new PlaceSieves.Capital(),
            new PlaceSieves.LastEvent(),
            new PlaceSieves.ToldNext(),
            new PlaceSieves.ReportTown()));

    /** When. */
    static final SieveChain<Dated> DATE = new SieveChain<>(List.of(
            new DateSieves.OfClause(),
            new DateSieves.OfSentence(),
            new DateSieves.OfReferredEvent(),
            new DateSieves.OfParagraph(),
            new DateSieves.OfReportIncident(),
            new DateSieves.OfPublication()));
}
