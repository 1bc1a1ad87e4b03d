package org.sitrep.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Folds a name as the scorer ({@code shared/tools/score.py}, {@code fold()}) does: lower case, NFKD with the
 * combining marks dropped, apostrophes removed, every run of characters that are not letters or digits made a
 * space, and the words {@code al} and {@code el} dropped (unless nothing else is left).
 */
public final class NameFold {
    private static final String APOSTROPHES = "'’ʼ`‘ʻ";
    private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();

    private NameFold() {
    }

    /** The folded name; "" for null. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String cached = CACHE.get(text);
        if (cached == null) {
            cached = compute(text);
            if (CACHE.size() < 100_000) {
                CACHE.put(text, cached);
            }
        }
        return cached;
    }

    private static String compute(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.NON_SPACING_MARK || APOSTROPHES.indexOf(c) >= 0) {
                continue; // combining marks and apostrophes vanish: "Hay'at" is "hayat"
            }
            if (isWordChar(c)) {
                word.appendCodePoint(c);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        List<String> kept = words.stream().filter(w -> !w.equals("al") && !w.equals("el")).toList();
        return String.join(" ", kept.isEmpty() ? words : kept);
    }

    /** Python's {@code \w} less the underscore: letters and every kind of number. */
    private static boolean isWordChar(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
