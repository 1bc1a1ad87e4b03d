package org.sitrep.clean.text;

import java.util.Set;

/**
 * Completes newsletter and appeal boxes found line by line: their short title line directly above ("Let's go
 * further together?", no full stop) and short lines caught between two of their lines (a newsletter's name).
 */
final class FormBoxDetector {
    private static final Set<String> BOX_REASONS = Set.of("newsletter", "appeal");
    /** A box title has at most this many words. */
    static final int TITLE_WORDS = 10;

    void mark(LineSheet sheet) {
        for (int i = 0; i < sheet.size; i++) {
            if (!candidate(sheet, i)) {
                continue;
            }
            int prev = sheet.previousNonBlank(i);
            int next = sheet.nextNonBlank(i);
            if (next < 0 || !box(sheet, next)) {
                continue;
            }
            if (prev >= 0 && box(sheet, prev)) {
                sheet.drop(i, sheet.reason[next]);
                continue;
            }
            if (next == i + 1) {
                sheet.drop(i, sheet.reason[next]);
            }
        }
    }

    private static boolean candidate(LineSheet sheet, int i) {
        return sheet.kept(i) && sheet.signature[i] == null && sheet.link[i] == null && sheet.post[i] < 0
                && sheet.last(i) != '.' && sheet.words(i, TITLE_WORDS) <= TITLE_WORDS;
    }

    private static boolean box(LineSheet sheet, int i) {
        return sheet.reason[i] != null && BOX_REASONS.contains(sheet.reason[i]);
    }
}
