package org.sitrep.extract.event;

import org.sitrep.extract.CuePhrases;
import org.sitrep.extract.CueTable;
import org.sitrep.extract.count.CasualtyLexicon;
import org.sitrep.extract.figure.FigureCues;
import org.sitrep.util.TsvResource;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The triggers and context words of {@code event-triggers.tsv}, loaded once and shared by all threads. */
public final class TriggerLexicon {
    public static final String DEFAULT_RESOURCE = "/sitrep/data/event-triggers.tsv";

    private static final String REMOTE_VIOLENCE = "Explosions/Remote violence";
    private static final String AGAINST_CIVILIANS = "Violence against civilians";

    final CuePhrases<Trigger> triggers;
    private final AcledTaxonomy taxonomy;
    final CuePhrases<String> instruments;
    final CuePhrases<String> irrealis;
    final CuePhrases<String> negation;
    final CuePhrases<String> generic;
    final CuePhrases<String> notTerritory;
    final CuePhrases<String> placeAnaphor;
    final CuePhrases<String> agentAfter;
    final CuePhrases<String> listWords;
    final CuePhrases<String> accusation;
    final CuePhrases<String> notEventAfter;
    final CuePhrases<String> timeReference;
    final CuePhrases<String> ongoingAuxiliaries;
    final CuePhrases<String> civilianTargets;
    final CuePhrases<String> fighterGroups;
    final CuePhrases<String> militaryTargets;
    final CuePhrases<String> groundAttackers;
    final CuePhrases<String> passiveAuxiliaries;
    final CuePhrases<String> passiveAdverbs;
    final CuePhrases<String> distanceUnits;
    final CuePhrases<String> referenceWords;
    final CuePhrases<String> routeVerbs;
    final CuePhrases<String> capitalWords;
    final CuePhrases<String> directions;
    final CuePhrases<String> transientCues;
    final CuePhrases<String> entryVerbs;
    final CuePhrases<String> facilities;
    final CuePhrases<String> subordinators;
    final CuePhrases<String> unnamedAttackers;
    final CuePhrases<String> crowdActors;
    final CuePhrases<String> protestViolence;
    final CuePhrases<String> protestIntervention;
    final CuePhrases<String> patientTriggers;
    final CuePhrases<String> severalCounts;
    final CuePhrases<String> severalIncidents;
    final CuePhrases<String> oneSided;
    final CuePhrases<String> unarmedVictims;
    final CuePhrases<String> explosionSubjects;

    private TriggerLexicon(CuePhrases<Trigger> triggers, CueTable table, CuePhrases<String> fighterGroups,
                           AcledTaxonomy taxonomy) {
        this.triggers = triggers;
        this.taxonomy = taxonomy;
        instruments = table.phrases("instrument");
        irrealis = table.phrases("irrealis");
        negation = table.phrases("negation");
        generic = table.phrases("generic");
        notTerritory = table.phrases("not-territory");
        placeAnaphor = table.phrases("place-anaphor");
        agentAfter = table.phrases("agent-after");
        listWords = table.phrases("list-words");
        accusation = table.phrases("accusation");
        notEventAfter = table.phrases("not-event-after");
        timeReference = table.phrases("time-reference");
        ongoingAuxiliaries = table.phrases("ongoing-auxiliaries");
        civilianTargets = table.phrases("civilian-targets");
        militaryTargets = table.phrases("military-targets");
        groundAttackers = table.phrases("ground-attackers");
        passiveAuxiliaries = table.phrases("passive-auxiliaries");
        passiveAdverbs = table.phrases("passive-adverbs");
        distanceUnits = table.phrases("distance-units");
        referenceWords = table.phrases("reference-words");
        routeVerbs = table.phrases("route-verbs");
        capitalWords = table.phrases("capital-words");
        directions = table.phrases("directions");
        transientCues = table.phrases("transient");
        entryVerbs = table.phrases("entry-verbs");
        facilities = table.phrases("facilities");
        subordinators = table.phrases("subordinators");
        unnamedAttackers = table.phrases("unnamed-attackers");
        crowdActors = table.phrases("crowd-actors");
        protestViolence = table.phrases("protest-violence");
        protestIntervention = table.phrases("protest-intervention");
        patientTriggers = table.phrases("patient-triggers");
        CueTable figureCues = CueTable.load(FigureCues.DEFAULT_RESOURCE); // one list for figures and events
        severalCounts = figureCues.phrases("several");
        severalIncidents = figureCues.phrases("incidents");
        oneSided = table.phrases("one-sided");
        unarmedVictims = table.phrases("unarmed-victims");
        explosionSubjects = table.phrases("explosion-subjects");
        this.fighterGroups = fighterGroups;
    }

    /** The default triggers; combatant groups come from the casualty words, which know them already. */
    public static TriggerLexicon loadDefault(AcledTaxonomy taxonomy, CasualtyLexicon casualties) {
        Map<String, Trigger> phrases = new HashMap<>();
        for (String[] row : TsvResource.rows(DEFAULT_RESOURCE, 2)) {
            if (!row[0].equals("trigger")) {
                continue;
            }
            if (row.length < 4) {
                throw new IllegalStateException(DEFAULT_RESOURCE + ": trigger row needs sub-event and form: " + row[1]);
            }
            String sub = row[2];
            if (!taxonomy.knows(sub) && !sub.equals(Trigger.TERRITORY) && !sub.equals(Trigger.WITHDRAWAL)
                    && !sub.equals(Trigger.STRIKE) && !sub.equals(Trigger.KILLING) && !sub.equals(Trigger.ANAPHOR)) {
                throw new IllegalStateException(DEFAULT_RESOURCE + ": unknown sub-event type " + sub);
            }
            String flags = row.length > 4 ? row[4] : "";
            Trigger t = new Trigger(sub, row[3].equals("noun"), flags.contains("civilians"),
                    flags.contains("place-object"));
            for (String phrase : row[1].split("\\|")) {
                if (!phrase.isBlank()) {
                    phrases.putIfAbsent(phrase.strip(), t);
                }
            }
        }
        return new TriggerLexicon(CuePhrases.of(phrases), CueTable.load(DEFAULT_RESOURCE), casualties.fighterGroups(),
                taxonomy);
    }

    /** Every trigger phrase (lower case, as matched): the words by which a report tells an incident. */
    public Set<String> triggerPhrases() {
        return triggers.phrases().keySet();
    }

    /** True for a sub-event type of ACLED's violence against civilians: its target is civilians by definition. */
    boolean againstCivilians(String subEvent) {
        return taxonomy.knows(subEvent) && AGAINST_CIVILIANS.equals(taxonomy.eventType(subEvent));
    }

    /** True for a sub-event type of ACLED's remote violence (strikes, shelling, explosives): told by its means. */
    boolean remote(String subEvent) {
        return taxonomy.knows(subEvent) && REMOTE_VIOLENCE.equals(taxonomy.eventType(subEvent));
    }
}
