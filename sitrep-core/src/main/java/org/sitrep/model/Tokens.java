package org.sitrep.model;

import org.sitrep.util.WordIds;

import java.util.Arrays;
import java.util.Locale;

/**
 * The tokens of a report's cleaned text, as parallel offset arrays (no object per token). Immutable: the
 * arrays are copied in and never handed out; the lower-case forms and their cue-word numbers are derived from
 * them on first use.
 */
public final class Tokens {
    private final String text;
    private final int[] starts;
    private final int[] ends;
    /**
     * The lower-case forms, each made on first use ({@link #lower(int)}): most tokens are never asked for theirs. A
     * race only makes one twice (a string is safe to share however its reference is published).
     */
    private final String[] lowered;
    /**
     * The lower-case forms' numbers in {@link WordIds}, made on first use ({@link #wordId}). Not volatile: a thread
     * that reads the field sees a whole {@link Numbered} (its fields are final), and a race only makes it twice.
     */
    private Numbered numbered;

    /** Numbers looked up when {@code known} words were numbered: right for every word numbered by then. */
    private static final class Numbered {
        final int known;
        final int[] ids;

        Numbered(int known, int[] ids) {
            this.known = known;
            this.ids = ids;
        }
    }

    public Tokens(String text, int[] starts, int[] ends, int count) {
        if (starts.length < count || ends.length < count) {
            throw new IllegalArgumentException("fewer offsets than tokens");
        }
        this.text = text;
        this.starts = Arrays.copyOf(starts, count);
        this.ends = Arrays.copyOf(ends, count);
        this.lowered = new String[count];
    }

    public int size() {
        return starts.length;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    /**
     * The token in lower case with curly apostrophes made straight ("Al-Shabaab’s" gives "al-shabaab's"), as cue
     * lists are written; worked out once per token on first use, so that the many cue look-ups of a report
     * neither lower-case nor hash a token twice.
     */
    public String lower(int i) {
        String l = lowered[i];
        if (l == null) {
            l = text.substring(starts[i], ends[i]).toLowerCase(Locale.ROOT).replace('’', '\'');
            lowered[i] = l;
        }
        return l;
    }

    /**
     * The number {@link WordIds} gives the token's lower-case form ({@link #lower}), or -1 when it has none: the
     * cue lists of a report test a token by this number instead of each hashing its text again. The numbers are
     * looked up once for all tokens; {@code known} is the {@link WordIds#count()} by which the caller's own words
     * had their numbers, and the numbers are looked up again if they were looked up before that.
     */
    public int wordId(int i, int known) {
        Numbered n = numbered;
        if (n == null || n.known < known) {
            n = number();
        }
        return n.ids[i];
    }

    private Numbered number() {
        WordIds.Table table = WordIds.now();
        int[] ids = new int[starts.length];
        for (int k = 0; k < ids.length; k++) {
            int id = table.idInLowerCase(text, starts[k], ends[k]); // most tokens: no lower-case copy
            ids[k] = id != WordIds.NOT_ASCII ? id : table.id(lower(k));
        }
        Numbered n = new Numbered(table.count(), ids);
        numbered = n;
        return n;
    }

    /** The token's characters (a new string each call). */
    public String text(int i) {
        return text.substring(starts[i], ends[i]);
    }

    public char first(int i) {
        return text.charAt(starts[i]);
    }

    public int length(int i) {
        return ends[i] - starts[i];
    }

    /** True when the token starts with an upper-case letter. */
    public boolean capitalized(int i) {
        return Character.isUpperCase(text.charAt(starts[i]));
    }

    /** True when the token has letters and every one of them is upper case ("HTS", "U.N."). */
    public boolean allCaps(int i) {
        boolean letter = false;
        for (int k = starts[i]; k < ends[i]; k++) {
            char c = text.charAt(k);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letter = true;
            }
        }
        return letter;
    }

    /** True for a word token (it starts with a letter or digit). */
    public boolean word(int i) {
        return Character.isLetterOrDigit(text.charAt(starts[i]));
    }

    /** True when the token is exactly {@code s}. */
    public boolean is(int i, String s) {
        return s.length() == ends[i] - starts[i] && text.startsWith(s, starts[i]);
    }

    /** True when the token is {@code s} but for case, as {@link String#equalsIgnoreCase} says (with no copy). */
    public boolean isIgnoreCase(int i, String s) {
        return s.length() == ends[i] - starts[i] && text.regionMatches(true, starts[i], s, 0, s.length());
    }

    /** The index of the first token that ends after {@code offset}, or {@link #size()}. */
    public int indexAt(int offset) {
        int lo = 0;
        int hi = ends.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
