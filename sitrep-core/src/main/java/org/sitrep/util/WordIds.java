package org.sitrep.util;

import java.util.Arrays;
import java.util.Collection;

/**
 * One numbering, shared by the whole process, of the lower-case words that cue lists are written in. A report's
 * tokens are looked up here once ({@link org.sitrep.model.Tokens#wordId}); the dozens of cue lists that then scan
 * the same tokens test a token by its number, an array read, instead of each hashing and comparing its text again.
 *
 * <p>Words are only ever added (as cue lists are built, at load time) and a number, once given, never changes, so a
 * number read at any time stays right; a list only needs the tokens to have been looked up after its own words
 * were numbered ({@link #count()} at that time). The words sit in one open-addressed table of plain arrays,
 * replaced whole when words are added: a report's look-ups read a few adjacent array slots each, where a hash map
 * of nodes strewn over the heap cost a cache miss or three per token.
 */
public final class WordIds {
    /** What {@link Table#idInLowerCase} answers for text it does not read: text with a character beyond ASCII. */
    public static final int NOT_ASCII = -2;
    private static volatile Table table = new Table(new String[0]);

    private WordIds() {
    }

    /** Numbers the words that have none yet (at load time: each call copies the table). */
    public static synchronized void register(Collection<String> words) {
        Table t = table;
        String[] fresh = words.stream().distinct().filter(w -> t.id(w) < 0).toArray(String[]::new);
        if (fresh.length > 0) {
            String[] all = Arrays.copyOf(t.words, t.words.length + fresh.length);
            System.arraycopy(fresh, 0, all, t.words.length, fresh.length);
            table = new Table(all);
        }
    }

    /** The number of {@code word}, or -1 when no cue list has it. */
    public static int id(String word) {
        return table.id(word);
    }

    /** How many words are numbered so far: their numbers are {@code 0 .. count() - 1}. */
    public static int count() {
        return table.words.length;
    }

    /** The numbering at one time, for looking up many words against the same table. */
    public static Table now() {
        return table;
    }

    /** The words numbered by some time, their number being their place in {@code words}. Immutable. */
    public static final class Table {
        private final String[] words;
        /** The words' hashes, by number: most slots a token probes are ruled out without reading a word. */
        private final int[] hashes;
        /** Open addressing, at most half full: a word's number plus one, or 0 for an empty slot. */
        private final int[] slots;
        private final int mask;

        private Table(String[] words) {
            this.words = words;
            this.hashes = new int[words.length];
            this.slots = new int[Math.max(16, Integer.highestOneBit(Math.max(1, words.length)) << 2)];
            this.mask = slots.length - 1;
            for (int id = 0; id < words.length; id++) {
                hashes[id] = words[id].hashCode();
                int s = slot(hashes[id]);
                while (slots[s] != 0) {
                    s = (s + 1) & mask;
                }
                slots[s] = id + 1;
            }
        }

        /** How many words this table numbers. */
        public int count() {
            return words.length;
        }

        /** The number of {@code word}, or -1 when it has none. */
        public int id(String word) {
            int hash = word.hashCode();
            for (int s = slot(hash); slots[s] != 0; s = (s + 1) & mask) {
                int id = slots[s] - 1;
                if (hashes[id] == hash && words[id].equals(word)) {
                    return id;
                }
            }
            return -1;
        }

        /**
         * The number of the word that {@code text[start, end)} spells in lower case, read in place: for ASCII text
         * this is {@code id(text.substring(start, end).toLowerCase(Locale.ROOT))} without the two copies; for
         * other text (where lower-casing may change more than A to Z) it is {@link #NOT_ASCII}.
         */
        public int idInLowerCase(String text, int start, int end) {
            int hash = 0; // String.hashCode of the lower-case form
            for (int k = start; k < end; k++) {
                char c = text.charAt(k);
                if (c >= 0x80) {
                    return NOT_ASCII;
                }
                hash = 31 * hash + lowerAscii(c);
            }
            for (int s = slot(hash); slots[s] != 0; s = (s + 1) & mask) {
                int id = slots[s] - 1;
                if (hashes[id] == hash && spells(words[id], text, start, end)) {
                    return id;
                }
            }
            return -1;
        }

        private static boolean spells(String word, String text, int start, int end) {
            if (word.length() != end - start) {
                return false;
            }
            for (int k = start; k < end; k++) {
                if (word.charAt(k - start) != lowerAscii(text.charAt(k))) {
                    return false;
                }
            }
            return true;
        }

        private static char lowerAscii(char c) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }

        private int slot(int hash) {
            return (hash ^ hash >>> 16) & mask;
        }
    }
}
