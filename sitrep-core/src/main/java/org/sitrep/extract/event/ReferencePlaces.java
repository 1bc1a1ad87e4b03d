package org.sitrep.extract.event;

import org.sitrep.extract.CuePhrases;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Tokens;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops the places a sentence names without saying that something happened there, so no sieve can put an event
 * on the wrong spot of the map:
 * <ul>
 *   <li>a reference point: "a base 95 km west of the capital, X", "60 miles from X";</li>
 *   <li>the ends of a journey: "the train, travelling from A to B, was ambushed";</li>
 *   <li>a capital standing for its government: "what Baku said were attacks";</li>
 *   <li>the container of a place named in the possessive: "in X's Y town" (Y is where);</li>
 *   <li>a dateline's place: "BAGHDAD — At least nine people were killed in the north …" (where it was filed).</li>
 * </ul>
 */
final class ReferencePlaces {
    /** Tokens between the distance unit and "of"/"from" (a direction, a bracketed conversion). */
    private static final int GAP = 7;
    /** Tokens a journey verb may stand before "from"/"to". */
    private static final int ROUTE_REACH = 4;

    private final TriggerLexicon lexicon;
    private final CuePhrases<String> speech;

    ReferencePlaces(TriggerLexicon lexicon, CuePhrases<String> speech) {
        this.lexicon = lexicon;
        this.speech = speech;
    }

    List<Mention> without(String text, Tokens tokens, List<Mention> ms) {
        List<Mention> out = null;
        for (int k = 0; k < ms.size(); k++) {
            Mention m = ms.get(k);
            boolean drop = m.type() == EntityType.LOCATION && (distanceReference(tokens, tokens.indexAt(m.start()))
                    || journeyEnd(tokens, tokens.indexAt(m.start())) || speaks(tokens, m)
                    || containerInPossessive(tokens, m, k + 1 < ms.size() ? ms.get(k + 1) : null)
                    || dateline(text, tokens, m));
            if (drop && out == null) {
                out = new ArrayList<>(ms.subList(0, k));
            } else if (!drop && out != null) {
                out.add(m);
            }
        }
        return out == null ? ms : out;
    }

    private boolean distanceReference(Tokens tokens, int first) {
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

    /** "travelling from Quetta to Peshawar": a place after "from"/"to" that a journey verb governs. */
    private boolean journeyEnd(Tokens tokens, int first) {
        int i = first - 1;
        if (i >= 0 && tokens.is(i, "the")) {
            i--;
        }
        if (i < 0 || !(tokens.is(i, "from") || tokens.is(i, "to") || tokens.is(i, "for") || tokens.is(i, "towards"))) {
            return false;
        }
        for (int k = i - 1; k >= Math.max(0, i - ROUTE_REACH - 3); k--) {
            if (tokens.is(k, ".") || tokens.is(k, ";")) {
                return false;
            }
            if (lexicon.routeVerbs.at(tokens, k, Math.min(tokens.size(), k + 4)) != null) {
                return true;
            }
        }
        return false;
    }

    /** "Baku said", "Moscow claims": a place that is the subject of a speech verb stands for its government. */
    private boolean speaks(Tokens tokens, Mention m) {
        int end = Clauses.end(tokens, m);
        int first = tokens.indexAt(m.start());
        return end < tokens.size() && !Clauses.objectBefore(tokens, first, Math.max(0, first - 2)) && speech.at(tokens, end, Math.min(tokens.size(), end + 3)) != null
                && Character.isLowerCase(tokens.first(end));
    }

    /** "BAGHDAD —", "KYIV, Ukraine (AP) —": a place opening a line, then only names, closed by a dash or colon. */
    static boolean dateline(String text, Tokens tokens, Mention m) {
        int first = tokens.indexAt(m.start());
        if (tokens.length(first) < 3 || !lineStart(text, m.start())) {
            return false;
        }
        for (int i = Clauses.end(tokens, m); i < Math.min(tokens.size(), first + 10); i++) {
            char c = tokens.first(i);
            if (c == '—' || c == '–' || c == '-' || c == ':') {
                return true;
            }
            if (!(c == ',' || c == '(' || c == ')' || tokens.capitalized(i) || tokens.allCaps(i))) {
                return false; // "Washington —", "Dakar(Senegal):", "KYIV, Ukraine (AP) —": only names before the dash
            }
        }
        return false;
    }

    /**
     * The token of the dash or colon that closes a dateline opening sentence {@code s} ("SANAA, April 18 (Xinhua)
     * --"), or -1 when the sentence opens with none: only names, numbers and punctuation may stand before it.
     */
    static int datelineEnd(String text, Tokens tokens, org.sitrep.model.Sentence s) {
        if (!lineStart(text, s.start())) {
            return -1;
        }
        for (int i = s.firstToken(); i < Math.min(s.endToken(), s.firstToken() + 14); i++) {
            char c = tokens.first(i);
            if (c == '—' || c == '–' || c == '-' || c == ':') {
                return i > s.firstToken() ? i : -1;
            }
            if (Character.isLowerCase(c)) {
                return -1;
            }
        }
        return -1;
    }

    /** True when only spaces stand between the start of a line and {@code at}. */
    private static boolean lineStart(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** "Chikun's Kuriga town": the place before the possessive contains the one after it. */
    private static boolean containerInPossessive(Tokens tokens, Mention m, Mention next) {
        int end = Clauses.end(tokens, m);
        return next != null && next.type() == EntityType.LOCATION && end + 1 < tokens.size()
                && (tokens.is(end, "'s") || tokens.is(end, "’s")) && tokens.indexAt(next.start()) == end + 1;
    }
}
