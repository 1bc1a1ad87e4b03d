package org.sitrep.extract.event;

import org.sitrep.extract.CuePhrases;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The sieves that decide where the event of a trigger happened (one event per place of a list). */
final class PlaceSieves {
    /** Tokens after a trigger within which its place is looked for. */
    private static final int PLACE_REACH = 14;
    private static final Set<String> SETTLEMENT_NOUNS = Set.of("town", "towns", "village", "villages", "city",
            "cities", "settlement", "settlements", "hamlet", "hamlets", "district", "districts", "neighbourhood",
            "neighborhood", "neighbourhoods", "neighborhoods", "camp", "camps", "suburb", "suburbs", "port", "capital");

    private PlaceSieves() {
    }

    /** "In Port Sudan, hundreds marched …": a sentence opened by a place has its incident there. */
    static final class Fronted implements Sieve<List<Place>> {
        public String name() {
            return "place:fronted";
        }

        public List<Place> decide(TriggerContext c) {
            if (c.trigger().territorial() || !c.tokens.is(c.s.firstToken(), "In")) {
                return null;
            }
            for (Mention m : c.ms) {
                int first = Clauses.first(c.tokens, m);
                int end = Clauses.end(c.tokens, m);
                if (first == c.s.firstToken() + 1 && m.type() == EntityType.LOCATION && m.place() != null
                        && !Clauses.isCountry(m.place()) && end < c.s.endToken() && c.tokens.is(end, ",")) {
                    return List.of(m.place());
                }
            }
            return null;
        }
    }

    /**
     * The named places closely after the trigger, a list running on ("A, B, C and D"), towns before areas; a
     * container after the list ("… in Aleppo's northern countryside") is left out.
     */
    static final class ListAfter implements Sieve<List<Place>> {
        public String name() {
            return "place:after-trigger";
        }

        public List<Place> decide(TriggerContext c) {
            Tokens tokens = c.tokens;
            List<Place> towns = new ArrayList<>(3);
            List<Place> areas = new ArrayList<>(1);
            int limit = c.t.end() + (c.trigger().placeObject() ? 4 : 6); // the first place must follow closely
            int taken = -1; // end of the last place taken: a name inside it is the same place
            for (Mention m : c.ms) {
                if (m.type() != EntityType.LOCATION || m.place() == null || m.start() < taken) {
                    continue;
                }
                int first = Clauses.first(tokens, m);
                if (first < c.t.end()) {
                    continue;
                }
                boolean unplaced = towns.size() == 1 && towns.get(0).lat() == null;
                if (first > limit + (unplaced ? 4 : 0)) {
                    break; // an unplaced first place may be placed by its town a little further on
                }
                if (!towns.isEmpty() || !areas.isEmpty()) {
                    // "a convent in Aleppo", and "the X Secondary School, Kuriga": a site the gazetteer does not know,
                    // then its town
                    boolean container = containerWord(tokens, first, c.s.firstToken())
                            || towns.size() == 1 && towns.get(0).lat() == null && towns.get(0).geoPrecision() == 2
                            && first == tokens.indexAt(taken - 1) + 2 && tokens.is(first - 1, ",");
                    if (container && towns.size() == 1 && towns.get(0).lat() == null && m.place().lat() != null
                            && !Clauses.isCountry(m.place())) {
                        // "a convent in Aleppo": the town it is part of
                        towns.set(0, m.place().withPrecision(Math.max(2, m.place().geoPrecision())));
                    }
                    if (container || Clauses.breakBetween(tokens, limit - 4, first)
                            || !onlyListWords(c.lexicon(), tokens, tokens.indexAt(taken - 1) + 1, first)) {
                        break; // "A near B", "A, where B": B is not one more place of the list
                    }
                }
                if (towns.isEmpty() && areas.isEmpty() && first > 0 && tokens.is(first - 1, "between")) {
                    limit = first; // "between Dori and Seytenga": one event on the road, at the first place named
                } else {
                    limit = Clauses.end(tokens, m) + 4; // lists run on: "A, B, C and D"
                }
                taken = m.end();
                if (Clauses.isCountry(m.place())) {
                    continue;
                }
                if (m.place().geoPrecision() <= 2) {
                    if (towns.stream().noneMatch(p -> Clauses.samePlace(p, m.place()))) {
                        towns.add(m.place());
                    }
                } else if (areas.stream().noneMatch(p -> Clauses.samePlace(p, m.place()))) {
                    areas.add(m.place());
                }
            }
            List<Place> out = towns.isEmpty() ? areas : towns;
            return out.isEmpty() ? null : out;
        }

        /** True when only commas and list words ("and", "the towns of") stand in tokens {@code [from, to)}. */
        private static boolean onlyListWords(TriggerLexicon lexicon, Tokens tokens, int from, int to) {
            int k = from;
            while (k < to) {
                if (tokens.is(k, ",")) {
                    k++;
                    continue;
                }
                CuePhrases.Match<String> m = lexicon.listWords.at(tokens, k, to);
                if (m == null) {
                    return false;
                }
                k = m.end();
            }
            return true;
        }

        /** True when "in" or "of" stands right before a place (past an article): it contains what came before. */
        private static boolean containerWord(Tokens tokens, int first, int limit) {
            for (int i = first - 1; i >= Math.max(limit, first - 3); i--) {
                if (tokens.is(i, "of") && i > limit && SETTLEMENT_NOUNS.contains(tokens.lower(i - 1))
                        && (tokens.text(i - 1).endsWith("s") || i - 2 >= limit && joins(tokens, i - 2))) {
                    return false; // "the towns of A and B", "A and the town of B" go on with the list
                }
                if (tokens.is(i, "in") || tokens.is(i, "of") || tokens.is(i, "across")) {
                    return true;
                }
                if (!(tokens.is(i, "the") || tokens.is(i, "northern") || tokens.is(i, "southern")
                        || tokens.is(i, "eastern") || tokens.is(i, "western") || tokens.capitalized(i))) {
                    return false;
                }
            }
            return false;
        }

        private static boolean joins(Tokens tokens, int i) {
            int k = tokens.is(i, "the") && i > 0 ? i - 1 : i;
            return tokens.is(k, "and") || tokens.is(k, ",") || tokens.is(k, "or");
        }
    }

    /** "Aleppo fell to the rebels": for a trigger whose object is a place, the place right before it. */
    static final class JustBefore implements Sieve<List<Place>> {
        public String name() {
            return "place:just-before";
        }

        public List<Place> decide(TriggerContext c) {
            if (!c.trigger().placeObject()) {
                return null;
            }
            for (Mention m : c.ms) {
                int end = Clauses.end(c.tokens, m);
                if (m.type() == EntityType.LOCATION && m.place() != null && !Clauses.isCountry(m.place())
                        && end <= c.t.first() && end >= c.t.first() - 2) {
                    return List.of(m.place());
                }
            }
            return null;
        }
    }

    /** The most specific place near the trigger: after it within reach first, then before it in its clause. */
    static final class NearTrigger implements Sieve<List<Place>> {
        public String name() {
            return "place:near-trigger";
        }

        public List<Place> decide(TriggerContext c) {
            if (c.trigger().placeObject()) {
                return null;
            }
            Place best = null;
            int bestScore = Integer.MAX_VALUE;
            int clause = c.clauseStart();
            Mention before = null;
            for (Mention m : c.ms) {
                if (m.type() != EntityType.LOCATION || m.place() == null || Clauses.isCountry(m.place())) {
                    continue;
                }
                boolean container = before != null && containerOf(c.tokens, before, m);
                before = m;
                if (container) {
                    continue; // "the outskirts of X town in Kirkuk": Kirkuk holds the place, X is where
                }
                int first = Clauses.first(c.tokens, m);
                boolean after = first >= c.t.end();
                if (after ? first > c.t.end() + PLACE_REACH && !(first <= c.t.end() + 2 * PLACE_REACH
                        && Clauses.unbroken(c.tokens, c.t.end(), first)) : first < clause - 6) {
                    continue; // far after the trigger only when no comma or clause break stands between
                }
                int score = (after ? 0 : 1000) + m.place().geoPrecision() * 100 + Math.abs(first - c.t.end());
                if (score < bestScore) {
                    bestScore = score;
                    best = m.place();
                }
            }
            return best == null ? null : List.of(best);
        }

        /**
         * True when {@code outer} follows {@code inner} as its container: "X in Y", "X town in Y", "X, Y", where X is
         * a known place or named as a settlement.
         */
        private static boolean containerOf(Tokens tokens, Mention inner, Mention outer) {
            int from = Clauses.end(tokens, inner);
            int to = Clauses.first(tokens, outer);
            if (to - from < 1 || to - from > 3) {
                return false;
            }
            if (inner.place().lat() == null && !SETTLEMENT_NOUNS.contains(tokens.lower(from))) {
                return false; // "the X airport in Kabul": a site the gazetteer does not know is placed by its town
            }
            for (int i = from; i < to; i++) {
                if (tokens.is(i, ",") && outer.place().geoPrecision() < inner.place().geoPrecision()) {
                    return false; // "the capital of X state, Y": the town in apposition is more precise, not a container
                }
                if (tokens.is(i, "in") || tokens.is(i, "of") || tokens.is(i, ",")) {
                    return i == to - 1 || tokens.is(i + 1, "the") && i + 2 == to;
                }
                if (!SETTLEMENT_NOUNS.contains(tokens.lower(i))) {
                    return false;
                }
            }
            return false;
        }
    }

    /**
     * "in Mali's capital", "the Malian capital", "the capital of Mali": its capital city, when the sentence names no
     * other place. "The capital" alone may be a province's; "west of the capital" is a reference point.
     */
    static final class Capital implements Sieve<List<Place>> {
        public String name() {
            return "place:capital";
        }

        public List<Place> decide(TriggerContext c) {
            CuePhrases.Match<String> cap = c.lexicon().capitalWords.first(c.tokens, c.s.firstToken(), c.s.endToken());
            if (cap == null) {
                return null;
            }
            Tokens tokens = c.tokens;
            int i = cap.first() - 1;
            for (int k = i; k >= Math.max(c.s.firstToken() + 1, i - 3); k--) {
                if ((tokens.is(k, "of") || tokens.is(k, "from"))
                        && (c.lexicon().directions.at(tokens, k - 1, k) != null
                        || c.lexicon().distanceUnits.at(tokens, k - 1, k) != null)) {
                    return null; // "west of the capital": a reference point
                }
            }
            String country = null;
            if (i >= c.s.firstToken() && (tokens.is(i, "'s") || tokens.is(i, "’s")) && i > c.s.firstToken()) {
                country = tokens.text(i - 1); // "Mali's capital"
            } else if (i >= c.s.firstToken() && tokens.capitalized(i)) {
                country = tokens.text(i); // "the Malian capital"
            } else if (cap.end() + 1 < c.s.endToken() && tokens.is(cap.end(), "of") && tokens.capitalized(cap.end() + 1)) {
                country = tokens.text(cap.end() + 1); // "the capital of Mali"
            }
            Place p = c.res.capitals().of(country);
            return p == null ? null : List.of(p);
        }
    }

    /**
     * A lede that tells an incident without naming where ("Thirty people were killed when X targeted Y, officials
     * said"): the town the report names most, which the rest of the report tells it at.
     */
    static final class ReportTown implements Sieve<List<Place>> {
        public String name() {
            return "place:report-town";
        }

        public List<Place> decide(TriggerContext c) {
            if (!c.whole().inLede(c.s) || namesWhere(c) || c.summarisesSeveral() || perfectTally(c)) {
                return null; // copy set one sentence to a line has its lede in its first few sentences
            }
            Place town = c.whole().town(c.text, c.tokens);
            return town == null ? null : List.of(town);
        }

        /** True when the sentence names a place other than in the possessive ("the head of X's junta" is not where). */
        private static boolean namesWhere(TriggerContext c) {
            for (Mention m : c.ms) {
                int end = Clauses.end(c.tokens, m);
                if (m.type() == EntityType.LOCATION
                        && !(end < c.s.endToken() && (c.tokens.is(end, "'s") || c.tokens.is(end, "’s")))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "Russian airstrikes on rebel areas have killed at least 19 civilians": strikes told in the present perfect
         * are a tally of the campaign, which no one town holds.
         */
        private static boolean perfectTally(TriggerContext c) {
            int to = Math.min(c.s.endToken() - 1, c.t.end() + 8);
            for (int i = Math.max(c.s.firstToken(), c.t.first() - 3); i < to; i++) { // "have staged protests"
                if ((c.tokens.is(i, "have") || c.tokens.is(i, "has")) && c.tokens.text(i + 1).endsWith("ed")) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * "At least 15 civilians were killed Sunday by drone strikes in the north. The separatists blamed the army for
     * the strikes at X": a trigger whose sentence names no place is placed by the next sentence that refers back
     * to it and names its place right after the referring phrase.
     */
    static final class ToldNext implements Sieve<List<Place>> {
        /** Tokens between the referring phrase and its place ("the strikes at", "the attack on the town of"). */
        private static final int GAP = 4;

        public String name() {
            return "place:told-next";
        }

        public List<Place> decide(TriggerContext c) {
            if (Clauses.hasPlace(c.ms) && c.ms.stream().anyMatch(m -> m.type() == EntityType.LOCATION
                    && m.place() != null && !Clauses.isCountry(m.place()) && m.place().geoPrecision() <= 2)) {
                return null; // the sentence names a town of its own, just not near the trigger
            }
            if (c.s.index() + 1 >= c.sentences.size()) {
                return null;
            }
            var next = c.sentences.get(c.s.index() + 1);
            if (next.paragraph() - c.s.paragraph() > 1) {
                return null;
            }
            List<Mention> names = c.res.references().without(c.text, c.tokens, c.whole().mentionsOf(next.index()));
            for (CuePhrases.Match<Trigger> t : c.lexicon().triggers.find(c.tokens, next.firstToken(), next.endToken())) {
                if (!t.value().subEvent().equals(Trigger.ANAPHOR)) {
                    continue;
                }
                for (Mention m : names) {
                    int first = Clauses.first(c.tokens, m);
                    if (m.type() == EntityType.LOCATION && m.place() != null && !Clauses.isCountry(m.place())
                            && first > t.end() && first - t.end() <= GAP && Clauses.unbroken(c.tokens, t.end(), first)) {
                        return List.of(m.place());
                    }
                }
            }
            return null;
        }
    }

    /** "… struck the area again": a sentence that names no place but points at one has the last event's. */
    static final class LastEvent implements Sieve<List<Place>> {
        public String name() {
            return "place:last-event";
        }

        /** Tokens after the trigger within which "that city" points its place back, whatever else is named. */
        private static final int POINT_REACH = 8;

        public List<Place> decide(TriggerContext c) {
            if (c.told.isEmpty()) {
                return null;
            }
            CuePhrases.Match<String> back = c.lexicon().placeAnaphor.first(c.tokens, c.t.end(),
                    Math.min(c.s.endToken(), c.t.end() + POINT_REACH));
            boolean pointedHere = back != null && Clauses.unbroken(c.tokens, c.t.end(), back.first());
            if (Clauses.hasPlace(c.ms) && !pointedHere) {
                return null; // "destroyed missiles launched at that city, … the plant in X": the city is the last one
            }
            EventDraft last = c.told.get(c.told.size() - 1);
            boolean pointed = c.lexicon().placeAnaphor.first(c.tokens, c.s.firstToken(), c.s.endToken()) != null;
            // "… the attack occurred on Tuesday. During the operation, forces killed 16 attackers": the very next
            // sentence of the paragraph goes on at the same place even without "there"
            boolean next = c.s.index() - last.lastSentence == 1
                    && c.s.paragraph() == c.sentences.get(last.lastSentence).paragraph();
            boolean near = (pointed || next) && c.s.index() - last.sentence <= 2
                    && c.s.paragraph() - c.sentences.get(last.sentence).paragraph() <= 1;
            return near && last.place != null ? List.of(last.place) : null;
        }
    }
}
