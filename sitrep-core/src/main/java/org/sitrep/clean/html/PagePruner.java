package org.sitrep.clean.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.Locale;

/**
 * Removes what is never the article before anything is scored: invisible and non-text elements, page
 * chrome by element name and ARIA role, and (when asked) elements whose class or id names say
 * boilerplate. An element holding most of the page's text is kept whatever it is called, so a
 * misnamed wrapper cannot take the article with it.
 */
final class PagePruner {

    private final BoilerplateHints.Scorer hints;
    private final TextStats stats;
    private final int keepAbove;
    private final int keepProseAbove;
    private final boolean useHints;

    /**
     * @param stats    measures of the page before pruning
     * @param body     the page body; an element with half its text or half its prose is kept
     * @param useHints whether class/id names may remove elements
     */
    PagePruner(BoilerplateHints.Scorer hints, TextStats stats, Element body, boolean useHints) {
        this.hints = hints;
        this.stats = stats;
        this.keepAbove = Math.max(250, stats.get(body).chars / 2);
        this.keepProseAbove = Math.max(200, stats.get(body).prose / 2);
        this.useHints = useHints;
    }

    void prune(Element root) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e) {
                    return removes(e) ? FilterResult.REMOVE : FilterResult.CONTINUE;
                }
                return node.nodeName().equals("#comment") ? FilterResult.REMOVE : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    private boolean removes(Element e) {
        String tag = e.normalName();
        if (tag.equals("body") || tag.equals("html")) {
            return false;
        }
        if (HtmlTags.NEVER_TEXT.contains(tag)) {
            return true;
        }
        TextStats.Stat st = stats.get(e);
        boolean big = st.chars > keepAbove || st.prose > keepProseAbove;
        if (HtmlTags.CHROME.contains(tag)) {
            return !big;
        }
        String role = e.attr("role");
        if (!role.isEmpty() && HtmlTags.CHROME_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
            return !big;
        }
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden")) || invisibleStyle(e.attr("style"))) {
            return !big;
        }
        if (useHints && !big && !tag.equals("article") && !tag.equals("main")
                && !e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return hints.weight(e) <= BoilerplateHints.PRUNE;
        }
        return false;
    }

    private static boolean invisibleStyle(String style) {
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
