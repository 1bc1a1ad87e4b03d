package org.sitrep.clean.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.model.ArticleDraft;
import org.sitrep.model.PageMetadata;

import java.util.List;

/** Finds the main article of a page. (Placeholder: all paragraph text.) */
public final class HtmlArticleExtractor {

    public ArticleDraft extract(String html, String source) {
        Document doc = Jsoup.parse(html);
        doc.select("script,style,nav,aside,footer,header,noscript").remove();
        StringBuilder out = new StringBuilder();
        for (Element p : doc.select("p,h1,h2,h3,li")) {
            String t = p.text().strip();
            if (!t.isEmpty()) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                out.append(t);
            }
        }
        String title = doc.title().isBlank() ? null : doc.title().strip();
        return new ArticleDraft(out.toString(), new PageMetadata(title, List.of(), List.of(), null),
                Math.max(0, doc.text().length() - out.length()));
    }
}
