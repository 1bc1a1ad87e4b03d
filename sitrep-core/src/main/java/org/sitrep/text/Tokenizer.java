package org.sitrep.text;

import org.sitrep.model.Tokens;

import java.util.Arrays;

/**
 * Splits text into word and punctuation tokens with their offsets, in one pass over the characters and
 * without regular expressions. A word keeps its inner hyphens and apostrophes ("al-Sham", "Hay'at"), its
 * digits' separators ("48,500", "3.5"), dotted initials ("U.N.") and the period of a known abbreviation
 * ("Gen."); a possessive "'s" is a token of its own, so "Russia's" yields "Russia". Handles ("@name") and
 * hashtags are one token. Immutable and thread-safe.
 */
public final class Tokenizer {
    private final Abbreviations abbreviations;

    public Tokenizer(Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
    }

    /** The tokens of {@code text[from, to)}, appended to {@code sink}. */
    public void tokenize(String text, int from, int to, Sink sink) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            int end;
            if (Character.isLetterOrDigit(c)) {
                end = word(text, i, to);
            } else if (c == '@' && i + 1 < to && isWordChar(text.charAt(i + 1))) {
                end = i + 1;
                while (end < to && (isWordChar(text.charAt(end)))) {
                    end++;
                }
            } else if (isApostrophe(c) && i + 1 < to && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 >= to || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
                end = i + 2; // possessive 's
            } else {
                end = i + 1;
            }
            sink.add(i, end);
            i = end;
        }
    }

    /** Tokens of a whole text. */
    public Tokens tokenize(String text) {
        Sink sink = new Sink();
        tokenize(text, 0, text.length(), sink);
        return sink.toTokens(text);
    }

    private int word(String text, int start, int to) {
        int i = start;
        boolean hyphenated = false; // the word so far has a '-' (counted as it goes: no scan back per hyphen)
        int periods = 0; // periods the word has swallowed so far
        while (i < to) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
                i++;
                continue;
            }
            if (i + 1 < to) {
                char next = text.charAt(i + 1);
                boolean prevDigit = Character.isDigit(text.charAt(i - 1));
                if ((c == '-' || c == '\u2011') && Character.isLetterOrDigit(next)) {
                    if (Character.isUpperCase(next) && Character.isUpperCase(text.charAt(start))
                            && !hyphenated && !abbreviations.hyphenPrefix(text.subSequence(start, i))) {
                        break; // "Damascus-Aleppo", "Idlib-Sarmada": two names; "Al-Fatah" stays one
                    }
                    hyphenated |= c == '-';
                    i++;
                    continue;
                }
                if (isApostrophe(c) && Character.isLetter(next)) {
                    // "'s" closing the word is a possessive, anything else is part of the name (Hay'at, O'Brien).
                    boolean possessive = (next == 's' || next == 'S')
                            && (i + 2 >= to || !Character.isLetterOrDigit(text.charAt(i + 2)));
                    if (possessive) {
                        break;
                    }
                    i++;
                    continue;
                }
                if ((c == ',' || c == '.') && prevDigit && Character.isDigit(next)) {
                    periods += c == '.' ? 1 : 0;
                    i++;
                    continue;
                }
                if (c == '.' && Character.isLetter(next) && i + 2 < to && text.charAt(i + 2) == '.'
                        && i - start == 1 + periods) {
                    periods++;
                    i++; // U.N. and U.S.: swallow the inner period, the closing one is handled below
                    continue;
                }
            }
            break;
        }
        if (i < to && text.charAt(i) == '.') {
            CharSequence w = text.subSequence(start, i);
            if (abbreviations.kind(w) != null) {
                return i + 1;
            }
        }
        return i;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK || c == '_';
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02bc';
    }

    /** Collects token offsets into growing arrays. */
    public static final class Sink {
        private int[] starts = new int[256];
        private int[] ends = new int[256];
        private int size;

        void add(int start, int end) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            starts[size] = start;
            ends[size] = end;
            size++;
        }

        public int size() {
            return size;
        }

        int start(int i) {
            return starts[i];
        }

        int end(int i) {
            return ends[i];
        }

        public Tokens toTokens(String text) {
            return new Tokens(text, starts, ends, size);
        }
    }
}
