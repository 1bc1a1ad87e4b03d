package org.sitrep.fuse.event;

import org.sitrep.extract.event.AcledTaxonomy;
import org.sitrep.geo.NameFolder;
import org.sitrep.geo.PlaceResolver;
import org.sitrep.model.ActorNames;
import org.sitrep.model.Event;
import org.sitrep.model.Place;

import java.time.LocalDate;
import java.util.Locale;

/**
 * When two events may be one incident: the same kind, days that fit given each one's time precision, places that
 * fit (the same place, one inside the other's province, or close), and actors that do not contradict each other
 * (an unnamed actor fits a named one; two different named actors do not). ACLED's rule follows: violent events of
 * the same actors on the same day at the same place are one event.
 */
public final class FusionRules {
    /** Two places this close may be one (a town and its outskirts, a district and its city). */
    static final double NEAR_KM = 10;
    /** With the same two named actors on both sides, a front-line place told at town or province level. */
    static final double SAME_SIDES_KM = 25;
    /** Two gazetteer towns this close, told by two reports, are one town under two spellings. */
    static final double DUPLICATE_KM = 3;
    /** A change of control is told with dates that differ more than a strike's do ("fell on Friday", "has fallen"). */
    static final int TERRITORY_SLACK_DAYS = 2;

    /** Folds place names for comparing an unresolved place with a resolved one (loaded once, shared). */
    private static final NameFolder FOLDER = NameFolder.loadDefault();
    /** The ACLED taxonomy with its fusion families (loaded once, shared). */
    private static final AcledTaxonomy TAXONOMY = AcledTaxonomy.loadDefault();

    private FusionRules() {
    }

    /** True when {@code a} and {@code b} may tell the same incident. */
    public static boolean fits(Event a, Event b) {
        return sameKind(a, b) && actorsFit(a, b) && datesFit(a, b) && placesFit(a, b);
    }

    /**
     * The same sub-event type, or two of one family that reports confuse ({@code acled-taxonomy.tsv}: changes
     * of control; a bomb on the ground told as a suicide bombing or an IED; fire from afar told as an air strike
     * or a missile).
     */
    static boolean sameKind(Event a, Event b) {
        return a.subEventType().equals(b.subEventType())
                || TAXONOMY.family(a.subEventType()).equals(TAXONOMY.family(b.subEventType()));
    }

    public static boolean territorial(Event e) {
        return TAXONOMY.territorial(e.subEventType());
    }

    /**
     * Day intervals overlap. A change of control told by two reports that both date the day may differ by
     * {@value #TERRITORY_SLACK_DAYS} days ("fell on Friday", "entered the city on Saturday"); a strike may not, as
     * a town can be struck every day.
     */
    static boolean datesFit(Event a, Event b) {
        if (a.eventDate() == null || b.eventDate() == null) {
            return false;
        }
        int slack = 0;
        if (territorial(a) && !a.sources().equals(b.sources()) && a.timePrecision() == 1 && b.timePrecision() == 1
                && samePlace(a.location(), b.location())) {
            slack = TERRITORY_SLACK_DAYS;
        }
        return !first(a).minusDays(slack).isAfter(last(b)) && !first(b).minusDays(slack).isAfter(last(a));
    }

    /** First day the event may have happened on. */
    static LocalDate first(Event e) {
        return switch (e.timePrecision()) {
            case 1 -> e.eventDate();
            case 2 -> e.eventDateEnd() != null ? e.eventDate() : e.eventDate().minusDays(6);
            default -> e.eventDateEnd() != null ? e.eventDate() : e.eventDate().withDayOfMonth(1);
        };
    }

    /** Last day the event may have happened on. */
    static LocalDate last(Event e) {
        if (e.eventDateEnd() != null) {
            return e.eventDateEnd();
        }
        return switch (e.timePrecision()) {
            case 1 -> e.eventDate();
            case 2 -> e.eventDate().plusDays(6);
            default -> e.eventDate().withDayOfMonth(e.eventDate().lengthOfMonth());
        };
    }

    /**
     * The same place, or one inside the other's province. Otherwise close: within {@value #NEAR_KM} km when one
     * of them is only near or part of a named place (ACLED geo precision 2), or unresolved; within
     * {@value #SAME_SIDES_KM} km for a clash of the same two named sides. Two different towns are two places
     * unless two reports put them within {@value #DUPLICATE_KM} km (one town entered twice in the gazetteer
     * under two spellings). One report's own places are compared only as the same or inside: the report's
     * merging already saw which of its sentences tell one incident.
     */
    static boolean placesFit(Event a, Event b) {
        Place p = a.location();
        Place q = b.location();
        if (p == null || q == null) {
            return false;
        }
        if (samePlace(p, q) || inside(p, q) || inside(q, p)) {
            return true;
        }
        if (p.geoPrecision() == 3 || q.geoPrecision() == 3 || p.lat() == null || q.lat() == null
                || a.sources().equals(b.sources())) {
            return false;
        }
        double km = PlaceResolver.km(p.lat(), p.lon(), q.lat(), q.lon());
        if (sameSides(a, b) && km <= SAME_SIDES_KM) {
            return true;
        }
        boolean towns = p.geoPrecision() == 1 && q.geoPrecision() == 1 && p.geonameid() != null
                && q.geonameid() != null;
        return km <= (towns ? DUPLICATE_KM : NEAR_KM);
    }

    /**
     * The same gazetteer entry; when either is unresolved, the same name up to the spelling of its vowels
     * ("Moqokori", "Muqakoori": the gazetteer's consonant skeleton) in the same or an unknown country.
     */
    public static boolean samePlace(Place p, Place q) {
        if (p.geonameid() != null && q.geonameid() != null) {
            return p.geonameid().equals(q.geonameid());
        }
        if (p.country() != null && q.country() != null && !p.country().equals(q.country())) {
            return false;
        }
        if (p.name().toLowerCase(Locale.ROOT).equals(q.name().toLowerCase(Locale.ROOT))) {
            return true;
        }
        String a = FOLDER.skeleton(FOLDER.fold(p.name()));
        return !a.isEmpty() && a.length() >= 3 && a.equals(FOLDER.skeleton(FOLDER.fold(q.name())));
    }

    /** {@code fine} lies in the province that {@code coarse} names (a province-level place, not a whole country). */
    public static boolean inside(Place fine, Place coarse) {
        return coarse.geoPrecision() == 3 && fine.geoPrecision() < 3 && coarse.admin1() != null
                && coarse.country() != null && coarse.country().equals(fine.country())
                && coarse.admin1().equals(fine.admin1())
                && coarse.name().equals(coarse.admin1());
    }

    /**
     * Named actors agree. For a clash both sides count and may be told in either order; for other events only
     * who acted does, as reports differ most on the target ("a base", "civilians") of one strike.
     */
    static boolean actorsFit(Event a, Event b) {
        if (!a.subEventType().equals("Armed clash")) {
            return fit(a.actor1(), b.actor1());
        }
        return fit(a.actor1(), b.actor1()) && fit(a.actor2(), b.actor2())
                || fit(a.actor1(), b.actor2()) && fit(a.actor2(), b.actor1());
    }

    /** A clash of both sides named and the same, in either order. */
    private static boolean sameSides(Event a, Event b) {
        if (a.actor1() == null || a.actor2() == null || b.actor1() == null || b.actor2() == null
                || !a.subEventType().equals("Armed clash")) {
            return false;
        }
        return a.actor1().equals(b.actor1()) && a.actor2().equals(b.actor2())
                || a.actor1().equals(b.actor2()) && a.actor2().equals(b.actor1());
    }

    private static boolean fit(String x, String y) {
        return ActorNames.compatible(x, y); // the gunmen one report leaves unnamed are the group another names
    }

    static boolean unnamed(String actor) {
        return ActorNames.unnamed(actor);
    }
}
