package org.sitrep.extract.count;

import org.sitrep.extract.event.TollReader;
import org.sitrep.model.FigureKind;
import org.sitrep.model.Sentence;
import org.sitrep.model.Tokens;

/**
 * The toll of the incident a sentence tells, from its counts: the first count of the killed and of the
 * injured (parts after "including" are not added), the words of a toll given without a number, and whether
 * the victims are civilians or combatants.
 */
public final class CasualtyToll implements TollReader {
    private final CasualtyReader reader;

    public CasualtyToll(CasualtyReader reader) {
        this.reader = reader;
    }

    @Override
    public Toll read(String text, Tokens tokens, Sentence s) {
        Integer killed = null;
        Integer injured = null;
        String vague = null;
        boolean civilians = false;
        boolean fighters = false;
        FigureKind last = null; // the kind of the count just added to the toll
        for (Casualty c : reader.read(tokens, s.firstToken(), s.endToken(), CasualtyReader.Excluded.NONE)) {
            if (c.kind() != FigureKind.KILLED && c.kind() != FigureKind.INJURED) {
                continue;
            }
            civilians |= c.civilians();
            fighters |= c.fighters();
            if (c.subset()) {
                continue;
            }
            boolean adds = c.count() != null && c.alongside() && last == c.kind(); // "ten soldiers and 16 militants": 26
            if (c.count() == null) {
                if (c.kind() == FigureKind.KILLED && vague == null) {
                    vague = text.substring(tokens.start(c.first()), tokens.end(c.end() - 1));
                }
                last = null;
            } else if (c.kind() == FigureKind.KILLED && (killed == null || adds)) {
                killed = add(killed, c.count());
                last = c.kind();
            } else if (c.kind() == FigureKind.INJURED && (injured == null || adds)) {
                injured = add(injured, c.count());
                last = c.kind();
            } else {
                last = null;
            }
        }
        if (killed == null && injured == null && vague == null && !civilians && !fighters) {
            return Toll.NONE;
        }
        return new Toll(killed, injured, killed == null ? vague : null, civilians, fighters);
    }

    private static Integer add(Integer sum, long count) {
        return (int) Math.min(Integer.MAX_VALUE, (sum == null ? 0L : sum) + count);
    }
}
