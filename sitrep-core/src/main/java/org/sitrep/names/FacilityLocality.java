package org.sitrep.names;

import java.util.Locale;

/**
 * "the Djibo base", "the Mokha oil port": a facility written as a name and a lower-case noun of the
 * {@code facility-locality} list is named for the locality it stands at; that locality is the place the
 * text names. Other facilities ("a hospital", "a prison") are more often named for themselves.
 */
final class FacilityLocality {
    /** Lower-case words a locality noun may have ("fuel port", "refugee camp"). */
    private static final int MAX_HEAD = 2;

    private FacilityLocality() {
    }

    /** The locality written before the facility noun that closes {@code text}, or null. */
    static String of(String text, NameContext context) {
        String[] words = text.split(" ");
        for (int n = Math.min(MAX_HEAD, words.length - 1); n >= 1; n--) {
            StringBuilder head = new StringBuilder();
            boolean lower = true;
            for (int k = words.length - n; k < words.length; k++) {
                String w = words[k];
                lower &= !w.isEmpty() && Character.isLowerCase(w.charAt(0));
                head.append(k > words.length - n ? " " : "").append(w.toLowerCase(Locale.ROOT));
            }
            if (!lower || !context.has("facility-locality", head.toString())) {
                continue;
            }
            String before = String.join(" ", java.util.Arrays.copyOf(words, words.length - n));
            return before.chars().anyMatch(Character::isUpperCase) ? before : null;
        }
        return null;
    }
}
