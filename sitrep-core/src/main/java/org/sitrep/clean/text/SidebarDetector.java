package org.sitrep.clean.text;

/**
 * Drops sidebars and news feeds of other stories: a heading ("Most read", "News Feed", "Related") followed by a list
 * of headlines and timestamps. In the latter part of a page the block runs to the end (feeds are followed by more
 * chrome, not by the article); earlier on, only the list itself goes. Text scrapes only.
 */
final class SidebarDetector {
    static final String REASON = "sidebar";
    /** A list entry has at most this many words. */
    static final int HEADLINE_WORDS = 20;

    void mark(LineSheet sheet) {
        long total = 0;
        long[] keptBefore = new long[sheet.size + 1];
        for (int i = 0; i < sheet.size; i++) {
            keptBefore[i] = total;
            if (sheet.kept(i)) {
                total += sheet.length(i);
            }
        }
        keptBefore[sheet.size] = total;
        for (int i = 0; i < sheet.size; i++) {
            if (!sheet.blockStart[i] || sheet.blank(i)) {
                continue;
            }
            int next = sheet.nextNonBlank(i);
            if (next < 0) {
                sheet.drop(i, REASON);
                continue;
            }
            long before = keptBefore[i];
            long after = total - keptBefore[i + 1];
            if (after <= before && listLike(sheet, next, false)) {
                for (int j = i; j < sheet.size; j++) {
                    sheet.drop(j, REASON);
                }
                return;
            }
            if (listLike(sheet, next, true)) {
                sheet.drop(i, REASON);
                int j = next;
                while (j >= 0 && listLike(sheet, j, true)) {
                    sheet.drop(j, REASON);
                    j = sheet.nextNonBlank(j);
                }
                i = j < 0 ? sheet.size : j - 1;
            }
        }
    }

    /** A timestamp, a dated headline, other boilerplate, or a short line (strict: no sentence ending). */
    private static boolean listLike(LineSheet sheet, int i, boolean strict) {
        if (sheet.listItem[i] || (sheet.reason[i] != null && sheet.caption[i] == null)) {
            return true;
        }
        if (sheet.signature[i] != null || sheet.link[i] != null) {
            return false;
        }
        if (sheet.words(i, HEADLINE_WORDS) > HEADLINE_WORDS) {
            return false;
        }
        return !strict || !sheet.endsSentence(i);
    }
}
