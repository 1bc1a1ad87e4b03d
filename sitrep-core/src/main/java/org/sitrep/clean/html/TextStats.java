package org.sitrep.clean.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Text measures of every element of a page, computed in one iterative pass: visible characters
 * (whitespace collapsed), characters inside links, commas, and the same for the element's own inline
 * text (text not inside a nested block). Measures are taken once; later changes to the tree are not seen.
 */
final class TextStats {

    /** Measures of one element. */
    static final class Stat {
        int chars;
        int linkChars;
        int commas;
        int inlineChars;
        int inlineLinkChars;
        int inlineCommas;
        int paragraphs;
        /** Characters of prose: own inline text of blocks with at least 25 characters, mostly not links. */
        int prose;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }

        double inlineLinkDensity() {
            return inlineChars == 0 ? 0 : (double) inlineLinkChars / inlineChars;
        }
    }

    private static final Stat EMPTY = new Stat();

    private final Map<Element, Stat> stats = new IdentityHashMap<>();

    private TextStats() {
    }

    static TextStats of(Element root) {
        TextStats ts = new TextStats();
        NodeTraversor.traverse(ts.new Collector(), root);
        return ts;
    }

    Stat get(Element e) {
        Stat s = stats.get(e);
        return s == null ? EMPTY : s;
    }

    private final class Collector implements NodeVisitor {
        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e) {
                stats.put(e, new Stat());
            } else if (node instanceof TextNode t && node.parent() instanceof Element parent) {
                Stat s = stats.get(parent);
                if (s == null) {
                    return;
                }
                String text = t.getWholeText();
                int n = collapsedLength(text);
                int c = commas(text);
                s.chars += n;
                s.inlineChars += n;
                s.commas += c;
                s.inlineCommas += c;
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            Stat s = stats.get(e);
            String tag = e.normalName();
            if (HtmlTags.NEVER_TEXT.contains(tag)) {
                s.chars = s.linkChars = s.commas = s.inlineChars = s.inlineLinkChars = s.inlineCommas = 0;
                s.paragraphs = s.prose = 0;
            }
            if (tag.equals("a")) {
                s.linkChars = s.chars;
                s.inlineLinkChars = s.inlineChars;
            }
            if (tag.equals("p") && s.chars > 0) {
                s.paragraphs++;
            }
            if (HtmlTags.BLOCK.contains(tag) && s.inlineChars >= 25 && s.inlineLinkChars * 2 < s.inlineChars) {
                s.prose += s.inlineChars;
            }
            Element parent = e.parent();
            Stat ps = parent == null ? null : stats.get(parent);
            if (ps == null) {
                return;
            }
            ps.chars += s.chars;
            ps.linkChars += s.linkChars;
            ps.commas += s.commas;
            ps.paragraphs += s.paragraphs;
            ps.prose += s.prose;
            if (!HtmlTags.BLOCK.contains(tag)) {
                ps.inlineChars += s.inlineChars;
                ps.inlineLinkChars += s.inlineLinkChars;
                ps.inlineCommas += s.inlineCommas;
            }
        }
    }

    /** Characters the text shows once each run of whitespace is one space (edges counted as one). */
    static int collapsedLength(String text) {
        int n = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = true;
            } else {
                if (space) {
                    n++;
                    space = false;
                }
                n++;
            }
        }
        return n;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00a0' || c == '\u200b'
                || c == '\u2009' || c == '\u202f' || c == '\u2002' || c == '\u2003' || c == '\ufeff';
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\uff0c' || c == '\u060c' || c == '\u3001') {
                n++;
            }
        }
        return n;
    }
}
