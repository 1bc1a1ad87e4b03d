package org.sitrep.clean.html;

import java.util.Set;

/** The HTML element names the extractor treats alike: what breaks a paragraph, what is never text. */
final class HtmlTags {

    private HtmlTags() {
    }

    /** Elements that start and end a paragraph of text. */
    static final Set<String> BLOCK = Set.of(
            "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details",
            "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
            "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p",
            "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

    /** Elements whose content is never visible article text. */
    static final Set<String> NEVER_TEXT = Set.of(
            "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
            "video", "audio", "picture", "img", "button", "input", "select", "option", "optgroup", "textarea",
            "head", "title", "meta", "link", "map", "area", "source", "track", "datalist", "output", "progress",
            "meter");

    /** Page chrome by element name. */
    static final Set<String> CHROME = Set.of("nav", "aside", "footer", "header", "menu", "dialog", "figure",
            "figcaption", "form", "label", "fieldset", "legend");

    /** ARIA landmark roles that are never the article. */
    static final Set<String> CHROME_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "dialog", "alertdialog", "menu", "menubar", "search", "toolbar", "tablist", "alert", "note");

    static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
}
