package org.sitrep.clean.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the first occurrence of each paragraph and of each embedded post. A short headline-like line right above
 * a repeated paragraph is a link to another story whose teaser repeats the article, and goes with it.
 */
final class RepeatFilter {
    static final String REPEATED = "repeated paragraph";
    static final String REPEATED_POST = "repeated embedded post";
    static final String RELATED_HEADLINE = "related headline";
    /** A related-story headline has at most this many words. */
    static final int HEADLINE_WORDS = 15;
    /**
     * A repeat is dropped when it is a paragraph of at least this many words, or a full sentence of at
     * least {@link #MIN_SENTENCE_WORDS}: table cells, list labels, ingredient lines and short subheads
     * ("Stats", "Meal 2") legitimately recur, and repeated short furniture has rules of its own.
     */
    static final int MIN_REPEAT_WORDS = 10;
    static final int MIN_SENTENCE_WORDS = 5;

    /** Returns the posts that stay (first occurrences). */
    List<PostSpan> mark(LineSheet sheet, List<PostSpan> posts) {
        Set<String> seen = new HashSet<>();
        boolean[] postKept = new boolean[posts.size()];
        for (int i = 0; i < sheet.size; i++) {
            if (sheet.post[i] >= 0) {
                PostSpan post = posts.get(sheet.post[i]);
                String key = "\u0000post " + (post.url() != null ? post.url().toLowerCase(java.util.Locale.ROOT)
                        : TextNormalizer.normalize(sheet.text, sheet.start[post.first()], sheet.end[post.last()]));
                if (seen.add(key)) {
                    postKept[sheet.post[i]] = true;
                } else {
                    for (int j = post.first(); j <= post.last(); j++) {
                        sheet.drop(j, REPEATED_POST);
                    }
                }
                i = post.last();
                continue;
            }
            if (!sheet.kept(i) || !substantial(sheet, i)) {
                continue;
            }
            String key = TextNormalizer.normalize(sheet.text, sheet.keptStart[i], sheet.end[i]);
            if (seen.add(key)) {
                continue;
            }
            sheet.drop(i, REPEATED);
            int above = sheet.previousNonBlank(i);
            if (above >= 0 && headline(sheet, above)) {
                sheet.drop(above, RELATED_HEADLINE);
            }
        }
        return java.util.stream.IntStream.range(0, posts.size()).filter(p -> postKept[p])
                .mapToObj(posts::get).toList();
    }

    private static boolean substantial(LineSheet sheet, int i) {
        int words = sheet.words(i, MIN_REPEAT_WORDS);
        return words >= MIN_REPEAT_WORDS || words >= MIN_SENTENCE_WORDS && ".!?\"”’'…".indexOf(sheet.last(i)) >= 0;
    }

    private static boolean headline(LineSheet sheet, int i) {
        if (!sheet.kept(i) || sheet.post[i] >= 0 || sheet.keptStart[i] != sheet.start[i]) {
            return false;
        }
        char first = sheet.first(i);
        char last = sheet.last(i);
        boolean opens = Character.isUpperCase(first) || Character.isDigit(first);
        boolean open = ".!?:;,\"”’'…)".indexOf(last) < 0;
        return opens && open && sheet.words(i, HEADLINE_WORDS) <= HEADLINE_WORDS;
    }
}
