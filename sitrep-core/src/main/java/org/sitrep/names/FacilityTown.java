package org.sitrep.names;

import org.sitrep.model.Mention;
import org.sitrep.model.Place;

import java.util.List;

/**
 * "the Government Secondary School, Dansadau": a name set after a facility's name by a comma is the town the
 * facility stands in. The recogniser makes it a place; the resolver places the facility there.
 */
final class FacilityTown {
    private FacilityTown() {
    }

    /** Makes a place of each unsettled name right after a facility and a comma, among {@code out} from {@code first}. */
    static void mark(List<Candidate> out, int first, String text) {
        for (int k = Math.max(first, 1); k < out.size(); k++) {
            Candidate facility = out.get(k - 1);
            Candidate c = out.get(k);
            boolean open = c.category() == Candidate.Category.UNKNOWN
                    || c.category() == Candidate.Category.PERSON && c.guess()
                    || c.category() == Candidate.Category.PLACE && !c.facility();
            if (!open || facility.category() != Candidate.Category.PLACE || !facility.facility()
                    || !text.substring(facility.end(), c.start()).strip().equals(",")
                    || c.text().chars().anyMatch(Character::isDigit)) {
                continue;
            }
            out.set(k, new Candidate(c.zone(), c.sentence(), c.start(), c.end(), c.text(), Candidate.Category.PLACE,
                    null, null, null, Math.max(1, c.precision()), true, false, c.acronym(), false));
        }
    }

    /**
     * The facility's place once its town is known: the town's, at precision 2, when {@code town} follows the
     * facility by a comma only and is a town (not a country or a division); else the facility's own.
     */
    static Place placed(Mention facility, Mention town, int gap) {
        Place t = town.place();
        if (gap > 2 || t == null || t.geoPrecision() > 2 || facility.zone() != town.zone()) {
            return facility.place();
        }
        return t.withPrecision(2);
    }
}
