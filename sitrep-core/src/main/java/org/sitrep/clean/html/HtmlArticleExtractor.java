package org.sitrep.clean.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.model.ArticleDraft;
import org.sitrep.model.Caption;
import org.sitrep.model.PageMetadata;

import java.util.List;

/**
 * Finds the main article of an HTML page and what the page says about itself.
 *
 * <p>The page is read once for metadata, then cut down in steps: chrome and boilerplate-named
 * elements are pruned ({@link PagePruner}), paragraph-like blocks score their containers and the best
 * container is chosen with its siblings ({@link ContentScorer}), link-heavy and boilerplate boxes
 * inside it are cleared ({@link ContentCleaner}), and the rest is written as paragraphs
 * ({@link ParagraphWriter}) that are kept unless they are mostly links. When that leaves too little,
 * the page is read again without trusting class names, and the longer result is kept.
 */
public final class HtmlArticleExtractor {

    private static final int SHORT = 250;

    private final BoilerplateHints hints;
    private final MetadataReader metadata = new MetadataReader();
    private final CaptionReader captions = new CaptionReader();

    public HtmlArticleExtractor(BoilerplateHints hints) {
        this.hints = hints;
    }

    /** With the bundled {@code html-boilerplate.tsv}. */
    public HtmlArticleExtractor() {
        this(BoilerplateHints.loadDefault());
    }

    public static HtmlArticleExtractor loadDefault() {
        return new HtmlArticleExtractor(BoilerplateHints.loadDefault());
    }

    public ArticleDraft extract(String html, String source) {
        if (html == null || html.isEmpty()) {
            return new ArticleDraft("", PageMetadata.NONE, 0);
        }
        html = SurrogateReferences.replace(html);
        Document doc = Jsoup.parse(html);
        Element body = doc.body();
        PageMetadata meta = metadata.read(doc, doc.getElementsByTag("article").first());
        List<Caption> pageCaptions = captions.read(doc);
        TextStats whole = TextStats.of(body);
        int visible = whole.get(body).chars;
        String text = article(doc, whole, true, meta.title());
        if (text.length() < SHORT && visible > text.length()) {
            Document again = Jsoup.parse(html);
            String second = article(again, TextStats.of(again.body()), false, meta.title());
            if (second.length() > text.length()) {
                text = second;
            }
        }
        return new ArticleDraft(text, meta, Math.max(0, visible - text.length()), pageCaptions);
    }

    /** Mostly links: a link list or a "read more" line, unless a sentence carries the links. */
    private static boolean isLinkBlock(ParagraphWriter.Paragraph p) {
        double ld = p.linkDensity();
        if (ld <= 0.5) {
            return false;
        }
        if (ld >= 0.8) {
            return true;
        }
        char last = p.text().charAt(p.text().length() - 1);
        return !(last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201d' || last == ')');
    }

    private String article(Document doc, TextStats whole, boolean useHints, String title) {
        Element body = doc.body();
        BoilerplateHints.Scorer scorer = hints.scorer();
        new PagePruner(scorer, whole, body, useHints).prune(body);
        TextStats pruned = TextStats.of(body);
        ContentScorer contentScorer = new ContentScorer(pruned, scorer);
        List<Element> chosen = contentScorer.select(body);
        ContentCleaner cleaner = new ContentCleaner(pruned, scorer, contentScorer);
        for (Element e : chosen) {
            cleaner.clean(e);
        }
        List<ParagraphWriter.Paragraph> paragraphs = new ParagraphWriter().write(chosen);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < paragraphs.size(); i++) {
            ParagraphWriter.Paragraph p = paragraphs.get(i);
            if (isLinkBlock(p) || (i < 3 && title != null && p.text().equalsIgnoreCase(title))) {
                continue;
            }
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(p.text());
        }
        return out.toString();
    }
}
