package org.sitrep.clean.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds embedded social-media posts as scrapers leave them: the post text, a media or status link, then the
 * signature line {@code — Name (@handle) Month D, YYYY}. The post text starts after the article's previous
 * paragraph: where paragraphs are separated by blank lines it is the signature's whole block; where every line
 * is a paragraph it is the line above the signature plus the lines above that read like a post (hashtags,
 * mentions, emoji, links, a "BREAKING:" lead).
 */
final class EmbedDetector {
    /** A post has at most this many lines of text above its signature. */
    static final int MAX_POST_LINES = 8;
    /** Longest line inspected for post markers. */
    static final int MARKER_BOUND = 2000;
    /** An @mention marks a post line only in a line this short (or at its start); prose cites accounts too. */
    static final int MENTION_LINE_WORDS = 25;

    List<PostSpan> find(LineSheet sheet) {
        int blankLines = 0;
        int textLines = 0;
        for (int i = 0; i < sheet.size; i++) {
            if (sheet.blank(i)) {
                blankLines++;
            } else {
                textLines++;
            }
        }
        boolean blockMode = blankLines * 3 >= textLines && blankLines > 0;
        List<PostSpan> posts = new ArrayList<>();
        for (int i = 0; i < sheet.size; i++) {
            LineSheet.Signature sig = sheet.signature[i];
            if (sig == null || sheet.reason[i] != null) {
                continue;
            }
            int first = i;
            boolean textOnSignatureLine = sig.textEnd() > sheet.start[i];
            int above = sheet.previousNonBlank(i);
            boolean gapAbove = above >= 0 && above != i - 1;
            if (above >= 0 && open(sheet, above) && (!gapAbove || sheet.link[above] != null)
                    && !(textOnSignatureLine && gapAbove)) {
                first = above;
                while (first > 0 && i - first < MAX_POST_LINES) {
                    int q = first - 1;
                    if (sheet.blank(q) || !open(sheet, q) || !(blockMode || postLike(sheet, q))) {
                        break;
                    }
                    first = q;
                }
            }
            String url = null;
            for (int j = first; j <= i && url == null; j++) {
                url = sheet.link[j];
            }
            int index = posts.size();
            for (int j = first; j <= i; j++) {
                sheet.post[j] = index;
            }
            posts.add(new PostSpan(first, i, sig.author(), sig.handle(), sig.date(), url));
        }
        return posts;
    }

    private static boolean open(LineSheet sheet, int i) {
        return sheet.kept(i) && sheet.signature[i] == null && sheet.post[i] < 0;
    }

    /** Reads like a post rather than an article paragraph. */
    static boolean postLike(LineSheet sheet, int i) {
        if (sheet.link[i] != null) {
            return true;
        }
        if (sheet.length(i) > MARKER_BOUND) {
            return false;
        }
        String text = sheet.text;
        int s = sheet.start[i];
        int e = sheet.end[i];
        int letters = 0;
        int lower = 0;
        for (int p = s; p < e; p++) {
            char c = text.charAt(p);
            char n = p + 1 < e ? text.charAt(p + 1) : ' ';
            if (c == '#' && Character.isLetter(n) && (p == s || !Character.isLetterOrDigit(text.charAt(p - 1)))) {
                return true;
            }
            if (c == '@' && (Character.isLetterOrDigit(n) || n == '_')
                    && (p == s || sheet.words(i, MENTION_LINE_WORDS) <= MENTION_LINE_WORDS)) {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                int cp = text.codePointAt(p);
                if (cp >= 0x1F000) {
                    return true;
                }
            } else if (c >= 0x2600 && c <= 0x27BF) {
                return true;
            }
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isLowerCase(c)) {
                    lower++;
                }
            }
        }
        int words = sheet.words(i, 6);
        if (text.charAt(e - 1) == ':' && words <= 4) {
            return true;
        }
        return letters >= 3 && lower == 0 && words <= 6;
    }
}
