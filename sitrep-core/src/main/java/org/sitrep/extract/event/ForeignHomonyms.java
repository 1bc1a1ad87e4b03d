package org.sitrep.extract.event;

import org.sitrep.model.Mention;
import org.sitrep.model.Names;
import org.sitrep.model.Place;

/**
 * A town the gazetteer placed in a country the report never names ("Palma" on Majorca in a report on
 * Mozambique, whose Palma the gazetteer lacks) is a homonym: the event keeps the name as written, without
 * coordinates, rather than a spot on the wrong continent. A country counts as named when the report names it,
 * or when it is the country the report's places and actors point to most.
 */
final class ForeignHomonyms {
    private ForeignHomonyms() {
    }

    static Place localize(Place p, Names names) {
        if (p == null || p.country() == null || p.lat() == null || p.geoPrecision() > 2 || names.focus().isEmpty()
                || names.focus().get(0).equals(p.country()) || named(p.country(), names)) {
            return p;
        }
        return new Place(p.name(), null, null, null, null, null, p.geoPrecision());
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
