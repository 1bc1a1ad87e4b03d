package org.sitrep.clean.html;

import org.jsoup.nodes.Element;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Clears what sits inside the chosen article container but is not the article: blocks whose
 * class/id names lean to boilerplate, link-heavy lists and boxes with few commas (Readability's
 * "clean conditionally"), and the page headline.
 */
final class ContentCleaner {

    private static final Set<String> CONDITIONAL = Set.of("div", "section", "ul", "ol", "dl", "table", "form",
            "fieldset", "aside", "header", "footer", "span");

    private final TextStats stats;
    private final BoilerplateHints.Scorer hints;

    private final ContentScorer scores;
    private int keepProseAbove;

    ContentCleaner(TextStats stats, BoilerplateHints.Scorer hints, ContentScorer scores) {
        this.stats = stats;
        this.hints = hints;
        this.scores = scores;
    }

    void clean(Element root) {
        keepProseAbove = Math.max(200, stats.get(root).prose / 2);
        List<Element> doomed = new ArrayList<>();
        Deque<Element> stack = new ArrayDeque<>();
        for (int i = root.childrenSize() - 1; i >= 0; i--) {
            stack.push(root.child(i));
        }
        while (!stack.isEmpty()) {
            Element e = stack.pop();
            if (removes(e)) {
                doomed.add(e);
                continue;
            }
            for (int i = e.childrenSize() - 1; i >= 0; i--) {
                stack.push(e.child(i));
            }
        }
        for (Element e : doomed) {
            e.remove();
        }
    }

    private boolean removes(Element e) {
        String tag = e.normalName();
        if (tag.equals("h1")) {
            return true;
        }
        if (!CONDITIONAL.contains(tag)) {
            return false;
        }
        TextStats.Stat s = stats.get(e);
        if (s.prose > keepProseAbove) {
            return false;
        }
        int weight = hints.weight(e);
        if (weight < 0 && weight + scores.score(e) < 0) {
            return true;
        }
        if (s.commas >= 10) {
            return false;
        }
        double ld = s.linkDensity();
        boolean list = tag.equals("ul") || tag.equals("ol") || tag.equals("dl");
        if (list) {
            return ld > 0.5;
        }
        if (tag.equals("span")) {
            // An inline box long and link-heavy enough not to be part of a sentence: a pop-up card.
            return s.chars >= 80 && ld > 0.2 && weight < 25;
        }
        if (s.chars < 25) {
            return s.chars == 0 || ld > 0.5;
        }
        return (weight < 25 && ld > 0.2 && s.chars < 1000) || ld > 0.5;
    }
}
