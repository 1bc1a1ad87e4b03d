package org.sitrep.extract.event;

import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Tokens;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops the places a sentence names only as reference points: "a base 95 km west of the capital, X", "a village
 * 60 miles from X". What happened happened elsewhere; the reference would put it on the wrong spot of the map.
 */
final class ReferencePlaces {
    /** Tokens between the distance unit and "of"/"from" (a direction, a bracketed conversion). */
    private static final int GAP = 7;

    private final TriggerLexicon lexicon;

    ReferencePlaces(TriggerLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Mention> without(Tokens tokens, List<Mention> ms) {
        List<Mention> out = null;
        for (int k = 0; k < ms.size(); k++) {
            Mention m = ms.get(k);
            boolean reference = m.type() == EntityType.LOCATION && reference(tokens, tokens.indexAt(m.start()));
            if (reference && out == null) {
                out = new ArrayList<>(ms.subList(0, k));
            } else if (!reference && out != null) {
                out.add(m);
            }
        }
        return out == null ? ms : out;
    }

    private boolean reference(Tokens tokens, int first) {
        int i = first - 1;
        while (i >= 0 && first - i <= 4 && lexicon.referenceWords.at(tokens, i, i + 1) != null) {
            i--;
        }
        if (i < 0 || !(tokens.is(i, "of") || tokens.is(i, "from"))) {
            return false;
        }
        for (int k = i - 1; k >= Math.max(0, i - GAP); k--) {
            if (lexicon.distanceUnits.at(tokens, k, k + 1) != null) {
                return true;
            }
            if (tokens.is(k, ".") || tokens.is(k, ";")) {
                return false;
            }
        }
        return false;
    }
}
