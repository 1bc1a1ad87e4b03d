package org.sitrep.clean.html;

import java.util.List;
import java.util.Locale;

/** Takes the site's name off a page title: "Headline | Site", "Headline - Site", "Site: Headline" stays. */
final class TitleText {

    private static final String[] SEPARATORS = {" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / "};

    private TitleText() {
    }

    static String stripSiteSuffix(String title, List<String> siteNames) {
        String t = title;
        for (int round = 0; round < 2; round++) {
            int cut = -1;
            String sep = null;
            for (String candidate : SEPARATORS) {
                int at = t.lastIndexOf(candidate);
                if (at > cut) {
                    cut = at;
                    sep = candidate;
                }
            }
            if (cut <= 0) {
                break;
            }
            String head = t.substring(0, cut).strip();
            String tail = t.substring(cut + sep.length()).strip();
            int tailWords = words(tail);
            int headWords = words(head);
            boolean dash = sep.equals(" - ") || sep.equals(" – ") || sep.equals(" — ") || sep.equals(" / ");
            boolean strip = isSiteName(tail, siteNames)
                    || (!dash && tailWords <= 4 && headWords >= 3)
                    || (dash && tailWords <= 3 && headWords >= 4 && capitalised(tail));
            if (!strip || head.isEmpty()) {
                break;
            }
            t = head;
        }
        return t;
    }

    private static boolean isSiteName(String tail, List<String> siteNames) {
        String low = tail.toLowerCase(Locale.ROOT);
        for (String s : siteNames) {
            String n = s.toLowerCase(Locale.ROOT);
            if (!n.isEmpty() && (low.equals(n) || low.contains(n) || n.contains(low))) {
                return true;
            }
        }
        return false;
    }

    private static boolean capitalised(String s) {
        for (String w : s.split("\\s+")) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}
