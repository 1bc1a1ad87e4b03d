package org.sitrep.extract.event;

import org.sitrep.model.ActorNames;
import org.sitrep.model.Place;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Merges the drafts of one report that tell the same event: the same kind at the same place on compatible
 * days with compatible actors (ACLED's one event per place, day and actors), and an undated sentence that
 * goes on about the event of the sentence before it ("It said the military had carried out strikes on …").
 */
final class DraftMerger {

    /** Sub-event rules that settle a plain "attacked" or "killed" by context: the kind told elsewhere is surer. */
    private static final Set<String> SETTLED_BY_CONTEXT = Set.of("sub_event_type:fighters-killed",
            "sub_event_type:armed-target", "sub_event_type:fighter-victims", "sub_event_type:armed-patient",
            "sub_event_type:attack");

    /** Sub-events of explosives that, told in one sentence with an assault, open a complex attack. */
    private static final Set<String> EXPLOSIVES = Set.of("Suicide bomb", "Remote explosive/landmine/IED", "Grenade");

    /** Sub-events of fire from afar, which air defence may stop. */
    private static final Set<String> REMOTE = Set.of("Air/drone strike", "Shelling/artillery/missile attack");

    List<EventDraft> merge(List<EventDraft> drafts) {
        // a plain killing joined to one account of a strike may make it the same as another account of it
        return joinFightingIntoCaptures(sameEvents(joinPlainAttacks(sameEvents(joinInterceptions(
                joinForceOnProtesters(joinComplexAttacks(drafts)))))));
    }

    /**
     * "Two people were killed when police opened fire on demonstrators": the forces' attack told in the sentence
     * of excessive force against protesters is that event, not one of its own.
     */
    private static List<EventDraft> joinForceOnProtesters(List<EventDraft> drafts) {
        Set<EventDraft> gone = joined();
        Map<Integer, List<EventDraft>> bySentence = bySentence(drafts);
        for (EventDraft force : drafts) {
            if (!force.subEvent.equals("Excessive force against protesters") || force.actor2 == null) {
                continue;
            }
            for (EventDraft attack : bySentence.get(force.sentence)) {
                if (attack != force && !gone.contains(attack)
                        && force.actor2.equals(attack.actor1) && violent(attack) && !attack.territorial()) {
                    attack.actor1 = null; // the forces are the other side of the demonstration
                    attack.actor2 = null;
                    force.absorb(attack);
                    gone.add(attack);
                }
            }
        }
        return without(drafts, gone);
    }

    /**
     * "Fighting between the Taliban and government forces took place near the governor's office in X on Sunday"
     * and "the Taliban took control of X on Sunday": the fighting at a place on the day it changed hands, between
     * the same sides, is the capture (ACLED codes the battle that wins a place as the change of control).
     */
    private static List<EventDraft> joinFightingIntoCaptures(List<EventDraft> drafts) {
        Set<EventDraft> gone = joined();
        List<EventDraft> fights = drafts.stream().filter(d -> d.subEvent.equals("Armed clash")).toList();
        for (EventDraft capture : drafts) {
            if (!capture.territorial() || capture.place == null || capture.date == null) {
                continue;
            }
            for (EventDraft fight : fights) {
                if (!gone.contains(fight) && fight.place != null
                        && fight.place.geoPrecision() == 1 // in the town, not its countryside
                        && Clauses.samePlace(fight.place, capture.place) && capture.date.equals(fight.date)
                        && sides(fight, capture)) {
                    capture.absorb(fight);
                    gone.add(fight);
                }
            }
        }
        return without(drafts, gone);
    }

    /** The fight's sides are the capture's, in either order, an unnamed side fitting any. */
    private static boolean sides(EventDraft fight, EventDraft capture) {
        return compatible(fight.actor1, capture.actor1) && compatible(fight.actor2, capture.actor2)
                || compatible(fight.actor1, capture.actor2) && compatible(fight.actor2, capture.actor1);
    }

    /**
     * "Armenian forces launched missile attacks on X. Air defence destroyed the missiles launched at that city":
     * a strike told just before the weapons were stopped at the same place on the same day is that disrupted
     * weapons use (ACLED codes an intercepted strike as a strategic development of the side that stopped it).
     */
    private static List<EventDraft> joinInterceptions(List<EventDraft> drafts) {
        Set<EventDraft> gone = joined();
        List<EventDraft> strikes = drafts.stream().filter(d -> REMOTE.contains(d.subEvent)).toList();
        for (EventDraft stopped : drafts) {
            if (!stopped.subEvent.equals(TriggerFinder.DISRUPTED) || stopped.place == null) {
                continue;
            }
            for (EventDraft strike : strikes) {
                if (!gone.contains(strike) && strike.sentence < stopped.sentence
                        && stopped.sentence - strike.sentence <= 2 && strike.place != null
                        && Clauses.samePlace(strike.place, stopped.place)
                        && (strike.date == null || stopped.date == null || strike.date.equals(stopped.date))) {
                    String attacker = strike.actor1; // the side that fired is the one stopped, not the actor
                    strike.actor1 = null;
                    stopped.absorb(strike);
                    if (stopped.actor2 == null) {
                        stopped.actor2 = attacker;
                    }
                    gone.add(strike);
                }
            }
        }
        return without(drafts, gone);
    }

    /**
     * "A suicide bomber blew up a car at the gate before gunmen stormed the base", "ambushed by fighters who
     * detonated a device and opened fire": a bomb told in one sentence with an assault at the same place is the
     * opening of one armed clash (ACLED codes a complex attack as a battle).
     */
    private static List<EventDraft> joinComplexAttacks(List<EventDraft> drafts) {
        Set<EventDraft> gone = joined();
        List<EventDraft> bombs = drafts.stream().filter(d -> EXPLOSIVES.contains(d.subEvent)).toList();
        for (EventDraft first : bombs) { // "a suicide bomber blew up a car": one explosion, the most specific kind
            for (EventDraft other : bombs) {
                if (first != other && !gone.contains(first) && !gone.contains(other)
                        && rank(first) <= rank(other) && (first.sentence == other.sentence
                        && sameOrNear(first.place, other.place) || oneBombing(first, other))) {
                    first.absorb(other);
                    gone.add(other);
                }
            }
        }
        Map<Integer, List<EventDraft>> bombsBySentence = bySentence(bombs);
        for (EventDraft clash : drafts) {
            if (!clash.subEvent.equals("Armed clash")) {
                continue;
            }
            for (EventDraft bomb : bombsBySentence.getOrDefault(clash.sentence, List.of())) {
                if (!gone.contains(bomb) && sameOrNear(bomb.place, clash.place)) {
                    clash.absorb(bomb);
                    gone.add(bomb);
                }
            }
        }
        return without(drafts, gone);
    }

    /**
     * An empty set of the drafts joined into others. A set by identity, not the list's {@code contains}: a report
     * of thousands of drafts asks it for every pair.
     */
    private static Set<EventDraft> joined() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /** The drafts not joined into others, in order. */
    private static List<EventDraft> without(List<EventDraft> drafts, Set<EventDraft> gone) {
        if (gone.isEmpty()) {
            return new ArrayList<>(drafts);
        }
        List<EventDraft> out = new ArrayList<>(drafts.size() - gone.size());
        for (EventDraft d : drafts) {
            if (!gone.contains(d)) {
                out.add(d);
            }
        }
        return out;
    }

    /** The drafts of each sentence, in order. */
    private static Map<Integer, List<EventDraft>> bySentence(List<EventDraft> drafts) {
        Map<Integer, List<EventDraft>> out = new HashMap<>();
        for (EventDraft d : drafts) {
            out.computeIfAbsent(d.sentence, k -> new ArrayList<>(2)).add(d);
        }
        return out;
    }

    /**
     * "A suicide bomber detonated an explosion at the airport gate in X … Another explosion struck a nearby hotel":
     * explosions one report tells at the same known place on the same day, by the same hand or an unnamed one,
     * are one bombing, of its most specific kind.
     */
    private static boolean oneBombing(EventDraft a, EventDraft b) {
        return a.place != null && b.place != null && a.place.lat() != null && Clauses.samePlace(a.place, b.place)
                && a.date != null && a.date.equals(b.date) && compatible(a.actor1, b.actor1);
    }

    /**
     * "Twelve people were killed in an attack on X" and "a missile hit X" in one report are one incident: a
     * plain attack or killing whose kind was only settled by context joins an event of a violent kind the report
     * tells at the same place on a compatible day with compatible actors, and takes that event's kind.
     */
    private static List<EventDraft> joinPlainAttacks(List<EventDraft> drafts) {
        List<EventDraft> out = new ArrayList<>(drafts);
        for (int i = 0; i < out.size(); i++) {
            EventDraft plain = out.get(i);
            if (!SETTLED_BY_CONTEXT.contains(plain.rules.get("sub_event_type"))) {
                continue;
            }
            EventDraft into = null;
            for (EventDraft e : out) {
                if (e != plain && !e.territorial() && violent(e) && sameIncident(e, plain)
                        && (into == null || !SETTLED_BY_CONTEXT.contains(e.rules.get("sub_event_type"))
                        && SETTLED_BY_CONTEXT.contains(into.rules.get("sub_event_type")))) {
                    into = e;
                }
            }
            if (into == null) {
                continue;
            }
            boolean plainFirst = plain.sentence < into.sentence;
            if (SETTLED_BY_CONTEXT.contains(into.rules.get("sub_event_type")) && plainFirst) {
                plain.absorb(into); // two plain accounts: the first told keeps the incident
                out.remove(into);
            } else {
                into.absorb(plain);
                out.remove(plain);
            }
            i = -1;
        }
        return out;
    }

    /** True when one place is a province (or larger) and the other lies in it. */
    private static boolean within(Place a, Place b) {
        if (a == null || b == null) {
            return false;
        }
        Place wide = a.geoPrecision() >= 3 ? a : b;
        Place narrow = wide == a ? b : a;
        return wide.geoPrecision() >= 3 && narrow.geoPrecision() <= 2 && narrow.admin1() != null
                && (narrow.admin1().equalsIgnoreCase(wide.name()) || Clauses.isCountry(wide)
                && wide.country() != null && wide.country().equals(narrow.country()));
    }

    /** A draft told without its actor or a day of its own. */
    private static boolean unnamed(EventDraft d) {
        return d.actor1 == null && !d.ownDate;
    }

    private static int rank(EventDraft d) {
        return d.subEvent.equals("Suicide bomb") ? 0 : d.subEvent.equals("Grenade") ? 2 : 1;
    }

    private static boolean sameOrNear(Place a, Place b) {
        return a == null || b == null || Clauses.samePlace(a, b) || near(a, b);
    }

    private static boolean settledByContext(EventDraft d) {
        return SETTLED_BY_CONTEXT.contains(d.rules.get("sub_event_type"));
    }

    private static boolean violent(EventDraft d) {
        return !d.subEvent.equals("Peaceful protest") && !d.subEvent.equals("Arrests")
                && !d.subEvent.startsWith("Looting") && !d.subEvent.equals("Abduction/forced disappearance");
    }

    private static List<EventDraft> sameEvents(List<EventDraft> drafts) {
        List<EventDraft> out = new ArrayList<>(drafts.size());
        for (EventDraft d : drafts) {
            EventDraft into = null;
            for (EventDraft e : out) {
                if (same(e, d) || continues(e, d)) {
                    into = e;
                    break;
                }
            }
            if (into == null) {
                out.add(d);
            } else if (settledByContext(into) && !settledByContext(d) && !d.territorial() && violent(d)) {
                d.absorb(into); // the account that names the means tells the kind
                out.set(out.indexOf(into), d);
            } else {
                into.absorb(d);
            }
        }
        return out;
    }

    private static boolean same(EventDraft a, EventDraft b) {
        if (!a.sameKind(b)) {
            return false;
        }
        if (!Clauses.samePlace(a.place, b.place)) {
            // "an attack on forces in X province, killing two soldiers" and "militants attacked Y town in X, killing
            // two soldiers": the province's account and the town's are one incident when actors, toll and day agree
            return within(a.place, b.place) && compatible(a.actor1, b.actor1)
                    && (a.fatalities == null || b.fatalities == null || a.fatalities.equals(b.fatalities))
                    && (a.date == null || b.date == null || a.date.equals(b.date));
        }
        if (Objects.equals(a.date, b.date)) {
            // a strike whose day is only carried over from the paragraph before must have the same actor, unless
            // it names no actor and no day of its own: then it is the one told with them
            return a.territorial() || a.ownDate && b.ownDate ? compatible(a.actor1, b.actor1)
                    : Objects.equals(a.actor1, b.actor1) || unnamed(a) || unnamed(b);
        }
        if (a.ownDate && b.ownDate) {
            return false;
        }
        // an undated mention of a change of control is the dated one; an undated strike only with the same actor
        return a.territorial() ? compatible(a.actor1, b.actor1) : Objects.equals(a.actor1, b.actor1);
    }

    /** An undated draft of the next sentence, of the same sub-event and actor, elaborates the one before. */
    private static boolean continues(EventDraft a, EventDraft b) {
        if (b.territorial() || a.territorial() || !near(a.place, b.place)) {
            return false;
        }
        if (!b.ownDate && b.sentence == a.lastSentence + 1 && a.subEvent.equals(b.subEvent)
                && Objects.equals(a.actor1, b.actor1) && a.actor1 != null) {
            return true;
        }
        // "The aircraft dropped two bombs on the compound": a strike told again in the next sentences without
        // its actor or a day of its own, at the same place, is the one just told
        return b.actor1 == null && (!b.ownDate || Objects.equals(a.date, b.date)) && b.sentence - a.lastSentence <= 2
                && b.sentence > a.lastSentence && a.place != null && b.place != null;
    }

    private static final double NEAR_KM = 15;

    /** True when two places may be one: the same, one unplaced, or within a town's reach of each other. */
    private static boolean near(Place a, Place b) {
        if (a == null || b == null || Clauses.samePlace(a, b) || a.lat() == null || b.lat() == null
                || b.geoPrecision() == 2) { // a part of a town ("the X neighbourhood") is placed only roughly
            return true;
        }
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLon = Math.toRadians(b.lon() - a.lon()) * Math.cos(Math.toRadians((a.lat() + b.lat()) / 2));
        return 6371 * Math.sqrt(dLat * dLat + dLon * dLon) <= NEAR_KM;
    }

    /** Same place (or one unplaced or near), compatible days, compatible actors. */
    static boolean sameIncident(EventDraft a, EventDraft b) {
        if (a.place == null || b.place == null || !(Clauses.samePlace(a.place, b.place) || near(a.place, b.place)
                && a.place.geoPrecision() <= 2 && b.place.geoPrecision() <= 2) || twoTowns(a.place, b.place)) {
            return false;
        }
        if (a.ownDate && b.ownDate && !Objects.equals(a.date, b.date)) {
            return false;
        }
        return compatible(a.actor1, b.actor1);
    }

    /** Two places by name, one of them not in the gazetteer ("X town" and "Dibis"): not known to be one. */
    private static boolean twoTowns(Place a, Place b) {
        return (a.lat() == null) != (b.lat() == null) && !Clauses.samePlace(a, b);
    }

    private static boolean compatible(String x, String y) {
        return ActorNames.compatible(x, y);
    }
}
