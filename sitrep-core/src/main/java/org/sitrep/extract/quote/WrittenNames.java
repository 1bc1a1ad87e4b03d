package org.sitrep.extract.quote;

import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Tokens;

import java.util.Locale;
import java.util.Set;

/**
 * A speaker's name as the report writes it, for a subject the names stage did not read as a person: the
 * capitalised words next to the speech verb ("McKenzie said", "said Governor X Y"), titles before them
 * dropped, tied to the person of the report it names: one whose name ends with it, the full name written
 * earlier ("General Kenneth X" before "X said"), one whose first name it is ("Wossen told"), or one whose
 * surname it misspells by a letter. A lone capitalised word that opens a sentence and is a common English
 * word ("Police said"), a title or a day or month name is not a name; a place no person of the report is
 * named after ("Kyiv said") speaks for its government.
 */
final class WrittenNames {
    /** The most words a name keeps (after titles): given names, father's and family names. */
    private static final int MAX_WORDS = 3;
    /** Lower-case particles inside names ("James ole X", "Ahmed bin Y"). */
    private static final Set<String> PARTICLES = Set.of("ole", "bin", "ibn", "al", "el", "de", "da", "van", "von",
            "del", "dos", "das", "di", "le", "la", "ag", "ould", "wa", "abu");

    private final Set<String> titleWords;
    private final Set<String> commonWords;
    private final Set<String> calendarWords;

    WrittenNames(Set<String> titleWords, Set<String> commonWords, Set<String> calendarWords) {
        this.titleWords = titleWords;
        this.commonWords = commonWords;
        this.calendarWords = calendarWords;
    }

    /** The person named by the capitalised words ending at token {@code last} (a subject before its verb). */
    Speaker before(SpeakerFinder.Clause c, int from, int last, int cue) {
        Tokens t = c.tokens();
        if (last < from || !nameWord(c, last)) {
            return null;
        }
        int first = last;
        while (first - 1 >= from && (nameWord(c, first - 1) || particle(c, first - 1, first)
                || hyphen(c, first - 1) && first - 2 >= from && nameWord(c, first - 2))) {
            first--;
        }
        return speaker(c, first, last + 1, cue);
    }

    /** The person named by the capitalised words starting at token {@code first} (after an inverted verb). */
    Speaker after(SpeakerFinder.Clause c, int first, int cue) {
        if (first >= c.to() || !nameWord(c, first)) {
            return null;
        }
        int end = first + 1;
        while (end < c.to() && (nameWord(c, end)
                || (particle(c, end, end + 1) || hyphen(c, end)) && end + 1 < c.to() && nameWord(c, end + 1))) {
            end++;
        }
        return speaker(c, first, end, cue);
    }

    private Speaker speaker(SpeakerFinder.Clause c, int first, int end, int cue) {
        Tokens t = c.tokens();
        for (int k = end - 1; k >= first; k--) { // after the last title or name the names stage took for a body
            if (hyphen(c, k)) {
                continue;
            }
            if (title(t, k) || covered(c, k)) {
                first = k + 1;
                break;
            }
        }
        if (first >= end) {
            return null;
        }
        int words = 0;
        int k = end - 1;
        while (k >= first) { // keep the last few words, a hyphenated one counting once
            int wordStart = k;
            while (wordStart - 2 >= first && hyphen(c, wordStart - 1)) {
                wordStart -= 2;
            }
            if (++words > MAX_WORDS) {
                first = k + 1;
                break;
            }
            k = wordStart - 1;
        }
        while (first < end && particle(c, first, end)) {
            first++;
        }
        if (first >= end) {
            return null;
        }
        int lastStart = end - 1;
        while (lastStart - 2 >= first && hyphen(c, lastStart - 1)) {
            lastStart -= 2; // "Aw-Dahir" is one name
        }
        String last = c.text().substring(t.start(lastStart), t.end(end - 1));
        Speaker known = known(c, last, cue);
        if (known != null) {
            return known;
        }
        if (place(c, end - 1)) { // "Kyiv said": a place speaks for its government, not as a person
            return Speaker.named(c.text().substring(t.start(first), t.end(end - 1)), null, EntityType.GOVERNMENT, cue);
        }
        if (end - first == 1 || lastStart == first) {
            boolean opens = first == c.from() || !t.word(first - 1) && !t.is(first - 1, ",");
            if (t.allCaps(first) && last.length() >= 3) {
                return Speaker.named(last, null, EntityType.ORGANIZATION, cue); // an acronym: a body's name
            }
            String lower = last.toLowerCase(Locale.ROOT);
            if (opens && commonWords.contains(lower) || titleWords.contains(lower) || calendarWords.contains(lower)) {
                return null;
            }
        }
        return Speaker.named(c.text().substring(t.start(first), t.end(end - 1)), null, EntityType.PERSON, cue);
    }

    /** The person of the report that {@code word} names, or null. */
    private Speaker known(SpeakerFinder.Clause c, String word, int cue) {
        Mention byLast = null;
        Mention byFirst = null;
        Mention byLetter = null;
        boolean ambiguous = false;
        for (Mention m : c.persons()) {
            String[] parts = m.name().split(word.contains("-") ? "\\s+" : "[\\s-]+");
            String lastPart = parts[parts.length - 1];
            if (lastPart.equals(word) && parts.length > 1) {
                ambiguous |= byLast != null && !byLast.name().equals(m.name());
                byLast = m;
            } else if (parts[0].equals(word) && parts.length > 1 && byFirst == null) {
                byFirst = m;
            } else if (word.length() >= 5 && oneLetterApart(lastPart, word) && byLetter == null) {
                byLetter = m;
            }
        }
        if (byLast != null) {
            return ambiguous ? null : person(byLast, cue);
        }
        String full = fullName(c, word);
        if (full != null) {
            return Speaker.named(full, null, EntityType.PERSON, cue);
        }
        if (byFirst != null) {
            return person(byFirst, cue);
        }
        return byLetter == null ? null : person(byLetter, cue);
    }

    private static Speaker person(Mention m, int cue) {
        return Speaker.named(m.name(), m.role(), EntityType.PERSON, cue);
    }

    /** The longest name the report writes ending with {@code word} ("General Kenneth X" for "X"), titles dropped. */
    private String fullName(SpeakerFinder.Clause c, String word) {
        String text = c.text();
        String best = null;
        int i = text.indexOf(word);
        while (i >= 0) {
            int end = i + word.length();
            if ((end == text.length() || !Character.isLetter(text.charAt(end))) && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
                String name = namePrefix(text, i) + word;
                if (name.contains(" ") && (best == null || name.length() > best.length())) {
                    best = name;
                }
            }
            i = text.indexOf(word, end);
        }
        return best;
    }

    /** The capitalised words (not titles, at most two) written just before character {@code i}, with a trailing space. */
    private String namePrefix(String text, int i) {
        StringBuilder out = new StringBuilder();
        int end = i;
        int words = 0;
        while (words < MAX_WORDS - 1) {
            int k = end - 1;
            if (k < 0 || text.charAt(k) != ' ') {
                break;
            }
            int start = k;
            while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
                start--;
            }
            String w = text.substring(start, k);
            boolean particle = PARTICLES.contains(w);
            if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || particle)
                    || titleWords.contains(w.toLowerCase(Locale.ROOT)) || commonWords.contains(w.toLowerCase(Locale.ROOT))) {
                break;
            }
            out.insert(0, w + " ");
            end = start;
            words++;
        }
        return out.toString();
    }

    private boolean nameWord(SpeakerFinder.Clause c, int i) {
        Tokens t = c.tokens();
        return !c.quoted(i) && t.word(i) && t.capitalized(i);
    }

    private static boolean hyphen(SpeakerFinder.Clause c, int i) {
        return !c.quoted(i) && c.tokens().is(i, "-") && i > c.from()
                && c.tokens().end(i - 1) == c.tokens().start(i);
    }

    private static boolean particle(SpeakerFinder.Clause c, int i, int next) {
        Tokens t = c.tokens();
        return next < c.to() && !c.quoted(i) && PARTICLES.contains(t.text(i));
    }

    private boolean title(Tokens t, int i) {
        return titleWords.contains(t.text(i).toLowerCase(Locale.ROOT))
                || i + 1 < t.size() && t.is(i + 1, ".") && t.end(i) == t.start(i + 1) && t.length(i) <= 4; // "Dr.", "Gen."
    }

    /** True when a place mention covers token {@code i}. */
    private static boolean place(SpeakerFinder.Clause c, int i) {
        Tokens t = c.tokens();
        for (Mention m : c.mentions()) {
            if (m.type() == EntityType.LOCATION && m.start() <= t.start(i) && m.end() >= t.end(i)) {
                return true;
            }
        }
        return false;
    }

    /** True when a mention of a body (not a person or place) covers token {@code i}. */
    private static boolean covered(SpeakerFinder.Clause c, int i) {
        Tokens t = c.tokens();
        for (Mention m : c.mentions()) {
            if (m.start() <= t.start(i) && m.end() >= t.end(i) && m.type() != null && m.type().isOrganization()) {
                return true;
            }
        }
        return false;
    }

    private static boolean oneLetterApart(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int diff = 0;
        for (int i = 0; i < a.length() && diff < 2; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                diff++;
            }
        }
        return diff == 1;
    }
}
