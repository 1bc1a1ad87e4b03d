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
 * were numbered ({@link #count()} at that time). The words sit in one open-addressed table of plain arrays (hash
 * and number packed in a slot, the characters end to end), replaced whole when words are added: a report's
 * look-ups touch a slot and a few characters each, where a hash map of nodes and strings strewn over the heap
 * cost a cache miss or three per token.
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
        /**
         * Open addressing, at most half full: a word's hash in the high half and its number plus one in the low
         * half, or 0 for an empty slot. Most slots a token probes are ruled out by the one read.
         */
        private final long[] slots;
        private final int mask;
        /** The words' characters end to end, word {@code id} at {@code [offsets[id], offsets[id + 1])}. */
        private final char[] chars;
        private final int[] offsets;

        private Table(String[] words) {
            this.words = words;
            this.slots = new long[Math.max(16, Integer.highestOneBit(Math.max(1, words.length)) << 2)];
            this.mask = slots.length - 1;
            this.offsets = new int[words.length + 1];
            StringBuilder all = new StringBuilder();
            for (int id = 0; id < words.length; id++) {
                all.append(words[id]);
                offsets[id + 1] = all.length();
                int hash = words[id].hashCode();
                int s = slot(hash);
                while (slots[s] != 0) {
                    s = (s + 1) & mask;
                }
                slots[s] = (long) hash << 32 | (id + 1);
            }
            this.chars = all.toString().toCharArray();
        }

        /** How many words this table numbers. */
        public int count() {
            return words.length;
        }

        /** The number of {@code word}, or -1 when it has none. */
        public int id(String word) {
            int hash = word.hashCode();
            for (int s = slot(hash); slots[s] != 0; s = (s + 1) & mask) {
                int id = (int) slots[s] - 1;
                if ((int) (slots[s] >>> 32) == hash && spells(id, word, 0, word.length(), false)) {
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
                int id = (int) slots[s] - 1;
                if ((int) (slots[s] >>> 32) == hash && spells(id, text, start, end, true)) {
                    return id;
                }
            }
            return -1;
        }

        /** True when word {@code id} is {@code text[start, end)}, lower-cased from ASCII if {@code lower}. */
        private boolean spells(int id, String text, int start, int end, boolean lower) {
            int from = offsets[id];
            if (offsets[id + 1] - from != end - start) {
                return false;
            }
            for (int k = start; k < end; k++) {
                char c = text.charAt(k);
                if (chars[from + k - start] != (lower ? lowerAscii(c) : c)) {
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
