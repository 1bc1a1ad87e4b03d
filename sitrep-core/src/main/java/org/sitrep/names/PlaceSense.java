package org.sitrep.names;

import org.sitrep.geo.NameFolder;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One sense per report: a name the report once calls a place ("in the Abbas neighbourhood", "the village of
 * X") is that place where only the shape of its words made it a person ("control over Abbas").
 */
final class PlaceSense {
    private final Set<String> cued = new HashSet<>();
    private final NameFolder folder;

    PlaceSense(List<Candidate> candidates, NameFolder folder) {
        this.folder = folder;
        for (Candidate c : candidates) {
            if (c.category() == Candidate.Category.PLACE && c.placeCue() && !c.facility()) {
                cued.add(folder.fold(c.text()));
            }
        }
    }

    /** True for a guessed person whose spelling the report calls a place elsewhere. */
    boolean isPlace(Candidate c) {
        return c.category() == Candidate.Category.PERSON && c.guess() && c.role() == null
                && cued.contains(folder.fold(c.text()));
    }

    /** The candidate as a place the text points at (precision 1). */
    Candidate asPlace(Candidate c) {
        return new Candidate(c.zone(), c.sentence(), c.start(), c.end(), c.text(), Candidate.Category.PLACE, null,
                null, null, Math.max(1, c.precision()), true, false, c.acronym(), false);
    }
}
