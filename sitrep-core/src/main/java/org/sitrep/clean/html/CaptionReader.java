package org.sitrep.clean.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.model.Caption;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The photo captions of a page's story: {@code figcaption} elements and elements whose class or id
 * names a caption, inside the article (or, when the
 * page has no {@code article} element, outside navigation, asides and footers), with their credit
 * when the markup marks one. Captions are not the report's running text, but they name people and
 * places, so they are kept apart rather than dropped.
 */
final class CaptionReader {
    private static final int MAX_CAPTIONS = 30;
    private static final String CAPTIONS = "figcaption, [class*=caption], [id*=caption]";
    private static final Set<String> OUTSIDE = Set.of("nav", "aside", "footer", "header");
    /** A credit in parentheses at the end: "(Photo: Jane Doe)", "(Jane Doe / AFP)". */
    private static final java.util.regex.Pattern TRAILING_CREDIT = java.util.regex.Pattern.compile(
            "\\(\\s*((?:photo|image|picture|credit)s?\\s*:[^()]{1,120}|[^()]{1,80}\\s/\\s[^()]{1,80})\\)\\s*$",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    List<Caption> read(Document doc) {
        Element scope = doc.getElementsByTag("article").first();
        if (scope == null) {
            scope = doc.body();
        }
        Set<String> seen = new LinkedHashSet<>();
        List<Caption> captions = new ArrayList<>();
        for (Element caption : scope.select(CAPTIONS)) {
            // the innermost caption element only (a selection includes the element itself)
            if (captions.size() >= MAX_CAPTIONS || outsideTheStory(caption) || caption.select(CAPTIONS).size() > 1) {
                continue;
            }
            String credit = null;
            for (Element part : caption.getAllElements()) {
                String names = (part.className() + " " + part.id()).toLowerCase(Locale.ROOT);
                if (part != caption && (names.contains("credit") || names.contains("copyright"))) {
                    credit = part.text().strip();
                    break;
                }
            }
            String text = caption.text().strip();
            if (credit == null) {
                java.util.regex.Matcher trailing = TRAILING_CREDIT.matcher(text);
                if (trailing.find()) {
                    credit = trailing.group(1).strip();
                }
            }
            if (text.length() >= 3 && seen.add(text)) {
                captions.add(new Caption(text, credit == null || credit.isEmpty() ? null : credit));
            }
        }
        return captions;
    }

    private static boolean outsideTheStory(Element element) {
        for (Element up = element.parent(); up != null; up = up.parent()) {
            if (OUTSIDE.contains(up.normalName())) {
                return true;
            }
        }
        return false;
    }
}
