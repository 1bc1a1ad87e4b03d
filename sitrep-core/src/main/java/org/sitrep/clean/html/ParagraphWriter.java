package org.sitrep.clean.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns elements into paragraphs of plain text: every block element (paragraph, heading, list item,
 * quote, cell, line break) closes the paragraph being written, inline whitespace is collapsed, and
 * the characters inside links are counted so link lists can be told from prose.
 */
final class ParagraphWriter implements NodeVisitor {

    /** One paragraph and how much of it is link text. */
    record Paragraph(String text, int linkChars, String tag) {
        double linkDensity() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }
    }

    private final List<Paragraph> out = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int linkDepth;
    private int linkChars;
    private String blockTag = "p";
    private boolean pendingSpace;

    List<Paragraph> write(List<Element> elements) {
        for (Element e : elements) {
            NodeTraversor.traverse(this, e);
            flush();
        }
        return out;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            append(t.getWholeText());
        } else if (node instanceof Element e) {
            String tag = e.normalName();
            if (HtmlTags.BLOCK.contains(tag)) {
                flush();
                blockTag = tag;
            } else if (tag.equals("a")) {
                linkDepth++;
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            String tag = e.normalName();
            if (HtmlTags.BLOCK.contains(tag)) {
                flush();
            } else if (tag.equals("a")) {
                linkDepth--;
            }
        }
    }

    private void append(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (TextStats.isSpace(c)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && current.length() > 0) {
                current.append(' ');
                if (linkDepth > 0) {
                    linkChars++;
                }
            }
            pendingSpace = false;
            current.append(c);
            if (linkDepth > 0) {
                linkChars++;
            }
        }
    }

    private void flush() {
        if (current.length() > 0) {
            out.add(new Paragraph(current.toString(), linkChars, blockTag));
            current.setLength(0);
        }
        linkChars = 0;
        pendingSpace = false;
    }
}
