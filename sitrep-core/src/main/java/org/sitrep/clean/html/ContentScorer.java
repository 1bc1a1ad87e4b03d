package org.sitrep.clean.html;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the element that holds the article, the way Readability does: every paragraph-like block
 * gives its parent a score for its length and commas (half to the grandparent, less further up),
 * containers start from their element name and class/id weight, scores are discounted by link
 * density, the best container is widened to a shared ancestor when close rivals share one, and its
 * siblings that look like more of the same are taken along.
 */
final class ContentScorer {

    private static final int MIN_UNIT = 25;
    private static final int ANCESTORS = 5;
    private static final int TOP_CANDIDATES = 5;
    private static final Set<String> NOT_UNITS = Set.of("ul", "ol", "dl", "table", "tbody", "thead", "tfoot",
            "tr", "html", "body", "br", "hr");

    private static final Set<String> MIXED = Set.of("div", "section", "article", "main", "td", "blockquote",
            "center");

    private final TextStats stats;
    private final BoilerplateHints.Scorer hints;
    private final Map<Element, double[]> scores = new IdentityHashMap<>();
    private final List<Element> candidates = new ArrayList<>();

    ContentScorer(TextStats stats, BoilerplateHints.Scorer hints) {
        this.stats = stats;
        this.hints = hints;
    }

    /** The article's elements in page order: the best container and the siblings that go with it. */
    List<Element> select(Element body) {
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            if (!HtmlTags.BLOCK.contains(tag) || NOT_UNITS.contains(tag)) {
                continue;
            }
            TextStats.Stat s = stats.get(e);
            if (s.inlineChars < MIN_UNIT) {
                continue;
            }
            double unit = (1 + s.inlineCommas + Math.min(s.inlineChars / 100, 3)) * (1 - s.inlineLinkDensity());
            // Text written straight into a container beside its blocks is a paragraph of that container.
            Element a = MIXED.contains(tag) && hasBlockChild(e) ? e : e.parent();
            for (int level = 0; a != null && level < ANCESTORS; level++, a = a.parent()) {
                if (a.normalName().equals("html")) {
                    break;
                }
                double[] sc = scoreOf(a);
                sc[0] += level == 0 ? unit : level == 1 ? unit / 2 : unit / (level * 3);
            }
        }
        if (candidates.isEmpty()) {
            return List.of(body);
        }
        Element top = null;
        double best = Double.NEGATIVE_INFINITY;
        for (Element c : candidates) {
            double[] sc = scores.get(c);
            sc[0] *= 1 - stats.get(c).linkDensity();
            if (sc[0] > best) {
                best = sc[0];
                top = c;
            }
        }
        top = widen(top, best, body);
        return withSiblings(top, body);
    }

    private static boolean hasBlockChild(Element e) {
        for (int i = 0; i < e.childrenSize(); i++) {
            String t = e.child(i).normalName();
            if (!t.equals("br") && HtmlTags.BLOCK.contains(t)) {
                return true;
            }
        }
        return false;
    }

    double score(Element e) {
        double[] sc = scores.get(e);
        return sc == null ? 0 : sc[0];
    }

    private double[] scoreOf(Element e) {
        double[] sc = scores.get(e);
        if (sc == null) {
            sc = new double[]{initial(e)};
            scores.put(e, sc);
            candidates.add(e);
        }
        return sc;
    }

    private double initial(Element e) {
        double base = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return base + hints.weight(e);
    }

    private Element widen(Element top, double best, Element body) {
        // Close rivals sharing an ancestor with the top: the article is split over them.
        List<Element> ranked = new ArrayList<>(candidates);
        ranked.sort((a, b) -> Double.compare(score(b), score(a)));
        List<Element> rivals = new ArrayList<>();
        for (int i = 0; i < Math.min(TOP_CANDIDATES, ranked.size()); i++) {
            Element c = ranked.get(i);
            if (c != top && score(c) >= best * 0.75) {
                rivals.add(c);
            }
        }
        if (rivals.size() >= 3) {
            Map<Element, int[]> holding = new IdentityHashMap<>();
            for (Element r : rivals) {
                for (Element p = r.parent(); p != null && p != body; p = p.parent()) {
                    holding.computeIfAbsent(p, k -> new int[1])[0]++;
                }
            }
            for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
                int[] h = holding.get(p);
                if (h != null && h[0] >= 3) {
                    top = p;
                    break;
                }
            }
        }
        // A parent scoring higher than the top holds more of the article.
        double last = score(top);
        double threshold = last / 3;
        for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
            if (!scores.containsKey(p)) {
                continue;
            }
            double ps = score(p);
            if (ps < threshold) {
                break;
            }
            if (ps > last) {
                top = p;
                break;
            }
            last = ps;
        }
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    private List<Element> withSiblings(Element top, Element body) {
        Element parent = top.parent();
        if (parent == null || top == body) {
            return List.of(top);
        }
        double topScore = score(top);
        double threshold = Math.max(10, topScore * 0.2);
        String topClass = top.className();
        List<Element> out = new ArrayList<>();
        Elements siblings = parent.children();
        for (Element s : siblings) {
            if (s == top) {
                out.add(s);
                continue;
            }
            double bonus = !topClass.isEmpty() && topClass.equals(s.className()) ? topScore * 0.2 : 0;
            if (scores.containsKey(s) && score(s) + bonus >= threshold) {
                out.add(s);
                continue;
            }
            boolean textBox = MIXED.contains(s.normalName()) && !hasBlockChild(s) && endsSentence(s.text());
            if (s.normalName().equals("p") || textBox) {
                TextStats.Stat st = stats.get(s);
                double ld = st.linkDensity();
                if (st.chars > 80 && ld < 0.25) {
                    out.add(s);
                } else if (st.chars > 0 && st.chars <= 80 && ld == 0 && endsSentence(s.text())) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static boolean endsSentence(String t) {
        int i = t.indexOf('.');
        while (i >= 0) {
            if (i == t.length() - 1 || t.charAt(i + 1) == ' ') {
                return true;
            }
            i = t.indexOf('.', i + 1);
        }
        return false;
    }
}
