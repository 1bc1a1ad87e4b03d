package org.sitrep.text;

import java.util.BitSet;

/**
 * The characters that case-blind matching (with Unicode case) takes for a given one: the character, its capital,
 * and the few others that fold to it (the long s for "s", the Kelvin sign for "k"). Two characters are taken for
 * each other when their {@code toLowerCase(toUpperCase(c))} agree. Worked out once for the ASCII targets in one
 * pass over the 65,536 characters, which also marks the characters beyond ASCII that fold into ASCII; other targets
 * are searched on demand.
 */
public final class CaseVariants {
    private static final BitSet[] ASCII = new BitSet[128];
    /** The characters beyond ASCII whose capital, small letter or fold is an ASCII one (the long s, the Kelvin sign). */
    private static final BitSet FOLDS_INTO_ASCII = new BitSet();

    static {
        for (int t = 0; t < 128; t++) {
            ASCII[t] = new BitSet();
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int folded = fold(c);
            if (folded < 128) {
                ASCII[folded].set(c);
            }
            if (c < 128) {
                ASCII[c].set(c);
            } else if (folded < 128 || Character.toUpperCase(c) < 128 || Character.toLowerCase(c) < 128) {
                FOLDS_INTO_ASCII.set(c);
            }
        }
    }

    private CaseVariants() {
    }

    /** True for a character beyond ASCII that case-blind matching can take for an ASCII one. */
    public static boolean foldsIntoAscii(char c) {
        return FOLDS_INTO_ASCII.get(c);
    }

    private static int fold(int c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /**
     * Every character case-blind matching takes for one of {@code chars}: each such character {@code c} is the
     * fold of one of them, or folds to it. In ascending order, each once.
     */
    public static char[] of(CharSequence chars) {
        BitSet out = new BitSet();
        for (int k = 0; k < chars.length(); k++) {
            int target = fold(chars.charAt(k));
            if (target < 128) {
                out.or(ASCII[target]);
            } else {
                for (int c = 0; c <= Character.MAX_VALUE; c++) {
                    if (c == target || fold(c) == target) {
                        out.set(c);
                    }
                }
            }
        }
        char[] result = new char[out.cardinality()];
        int i = 0;
        for (int c = out.nextSetBit(0); c >= 0; c = out.nextSetBit(c + 1)) {
            result[i++] = (char) c;
        }
        return result;
    }
}
