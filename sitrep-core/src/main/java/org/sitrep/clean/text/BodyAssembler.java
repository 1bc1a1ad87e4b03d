package org.sitrep.clean.text;

import org.sitrep.model.Caption;
import org.sitrep.model.CleanBody;
import org.sitrep.model.EmbeddedPost;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the kept lines out as the cleaned body. Lines that were separated by a blank line stay separate
 * paragraphs ({@code "\n\n"}); lines that were adjacent stay on their own line ({@code "\n"}), except that a line
 * starting in lower case continues the sentence of the line above (a hard wrap). The body is never longer than
 * the input. Offsets of embedded posts are taken while writing.
 */
final class BodyAssembler {

    CleanBody assemble(LineSheet sheet, List<PostSpan> posts) {
        String text = sheet.text;
        StringBuilder out = new StringBuilder(Math.min(text.length(), 1 << 20));
        List<Caption> captions = new ArrayList<>();
        List<CleanBody.Removal> removed = new ArrayList<>();
        int[] postStart = new int[posts.size()];
        int[] postEnd = new int[posts.size()];
        java.util.Arrays.fill(postStart, -1);
        long removedChars = 0;
        boolean blankSince = false;
        int previous = -1;
        for (int i = 0; i < sheet.size; i++) {
            if (sheet.blank(i)) {
                blankSince = true;
                continue;
            }
            if (sheet.reason[i] != null) {
                removed.add(new CleanBody.Removal(sheet.content(i), sheet.reason[i]));
                removedChars += sheet.length(i);
                if (sheet.caption[i] != null) {
                    captions.add(sheet.caption[i]);
                }
                continue;
            }
            if (sheet.keptStart[i] > sheet.start[i]) {
                String cut = text.substring(sheet.start[i], sheet.keptStart[i]).strip();
                removed.add(new CleanBody.Removal(cut, "appeal"));
                removedChars += cut.length();
            }
            if (out.length() > 0) {
                out.append(separator(sheet, previous, i, blankSince));
            }
            int post = sheet.post[i];
            if (post >= 0 && postStart[post] < 0) {
                postStart[post] = out.length();
            }
            out.append(text, sheet.keptStart[i], sheet.end[i]);
            if (post >= 0) {
                postEnd[post] = out.length();
            }
            previous = i;
            blankSince = false;
        }
        List<EmbeddedPost> embedded = new ArrayList<>();
        for (int p = 0; p < posts.size(); p++) {
            PostSpan span = posts.get(p);
            if (postStart[p] >= 0 && sheet.reason[span.last()] == null) {
                embedded.add(new EmbeddedPost(postStart[p], postEnd[p], span.author(), span.handle(), span.date(),
                        span.url()));
            }
        }
        return new CleanBody(out.toString(), captions, embedded, (int) Math.min(Integer.MAX_VALUE, removedChars),
                removed);
    }

    private static String separator(LineSheet sheet, int previous, int current, boolean blankSince) {
        if (blankSince) {
            return "\n\n";
        }
        boolean adjacent = previous == current - 1;
        boolean outsidePosts = sheet.post[previous] < 0 && sheet.post[current] < 0;
        if (adjacent && outsidePosts && Character.isLowerCase(sheet.text.charAt(sheet.keptStart[current]))
                && !sheet.endsSentence(previous) && sheet.last(previous) != ':') {
            return " ";
        }
        return "\n";
    }
}
