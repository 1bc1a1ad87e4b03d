package org.sitrep.extract.event;

import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GeoEntry;
import org.sitrep.model.Mention;
import org.sitrep.model.Names;
import org.sitrep.model.Place;

/**
 * A town the gazetteer placed in a country the report never names ("Palma" on Majorca in a report on
 * Mozambique, whose Palma the gazetteer lacks) is a homonym: the event keeps the name as written, without
 * coordinates, rather than a spot on the wrong continent. Only a name the gazetteer gives to places in several
 * countries is a homonym ("Kharkiv" in a report on Russian strikes that never names Ukraine stays Kharkiv); a
 * country counts as named when the report names it or its state bodies, or when the report's places and actors
 * point to it most.
 */
final class ForeignHomonyms {
    private final Gazetteer gazetteer;

    ForeignHomonyms(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Place localize(Place p, Names names) {
        if (p == null || p.country() == null || p.lat() == null || p.geoPrecision() > 2 || names.focus().isEmpty()
                || names.focus().get(0).equals(p.country()) || named(p.country(), names) || !ambiguous(p)) {
            return p;
        }
        return new Place(p.name(), null, null, null, null, null, p.geoPrecision());
    }

    private boolean ambiguous(Place p) {
        for (GeoEntry e : gazetteer.lookup(p.name(), 20)) {
            if (!e.countryCode().equals(p.country())) {
                return true;
            }
        }
        return false;
    }

    private static boolean named(String country, Names names) {
        for (Mention m : names.mentions()) {
            Place q = m.place();
            if (q != null && country.equals(q.country()) && Clauses.isCountry(q)
                    || m.key() != null && m.key().startsWith("state:" + country + ":")) {
                return true;
            }
        }
        return false;
    }
}
