package org.sitrep.clean.html;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.sitrep.model.DateClaim;
import org.sitrep.model.PageMetadata;
import org.sitrep.model.PublishedBasis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads what a page says about itself: headline, publication dates (strongest first), publisher
 * names and canonical address, from meta tags, JSON-LD, microdata and {@code <time>} elements.
 * Reads the page before the article is cut out of it (JSON-LD lives in scripts).
 */
final class MetadataReader {

    /** Meta names or properties giving the publication time, strongest first. */
    private static final List<String> PUBLISHED_PROPERTIES = List.of(
            "article:published_time", "og:published_time", "og:article:published_time", "article:published",
            "published_time", "og:pubdate", "article.published");
    private static final List<String> PUBLISHED_NAMES = List.of(
            "date", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date", "dc.date.issued",
            "dcterms.date", "dcterms.issued", "dcterms.created", "parsely-pub-date", "sailthru.date",
            "article.published", "original-publish-date", "publication_date", "datepublished",
            "citation_publication_date", "dc.date.created", "cxenseparse:recs:publishtime");

    private final JsonLdReader jsonLd = new JsonLdReader();

    /** The facts of the page; {@code articleRoot} bounds the {@code <time>} elements read (may be null). */
    PageMetadata read(Document doc, Element articleRoot) {
        Metas metas = Metas.of(doc);
        JsonLdReader.Facts facts = jsonLd.read(jsonLdBlocks(doc));
        List<String> siteNames = siteNames(metas, facts);
        String title = title(doc, metas, facts, siteNames);
        List<DateClaim> dates = dates(doc, metas, facts, articleRoot);
        return new PageMetadata(title, dates, siteNames, canonical(doc, metas));
    }

    private static List<String> jsonLdBlocks(Document doc) {
        List<String> blocks = new ArrayList<>();
        for (Element s : doc.getElementsByTag("script")) {
            if (s.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                StringBuilder sb = new StringBuilder();
                for (Node n : s.childNodes()) {
                    if (n instanceof DataNode d) {
                        sb.append(d.getWholeData());
                    }
                }
                blocks.add(sb.toString());
            }
        }
        return blocks;
    }

    private static List<String> siteNames(Metas metas, JsonLdReader.Facts facts) {
        Set<String> names = new LinkedHashSet<>();
        addClean(names, metas.property("og:site_name"));
        for (String p : facts.publishers()) {
            addClean(names, p);
        }
        addClean(names, metas.name("application-name"));
        addClean(names, metas.name("apple-mobile-web-app-title"));
        return List.copyOf(names);
    }

    private static void addClean(Set<String> out, String s) {
        if (s != null) {
            String t = s.strip().replaceAll("\\s+", " ");
            if (!t.isEmpty() && t.length() <= 120) {
                out.add(t);
            }
        }
    }

    private static String title(Document doc, Metas metas, JsonLdReader.Facts facts, List<String> siteNames) {
        List<String> options = new ArrayList<>();
        options.add(metas.property("og:title"));
        options.addAll(facts.headlines());
        options.add(metas.name("twitter:title"));
        Element h1 = doc.body() == null ? null : doc.body().getElementsByTag("h1").first();
        options.add(h1 == null ? null : h1.text());
        options.add(doc.title());
        for (String o : options) {
            if (o != null && !o.isBlank()) {
                String t = TitleText.stripSiteSuffix(o.strip().replaceAll("\\s+", " "), siteNames);
                if (!t.isEmpty()) {
                    return t;
                }
            }
        }
        return null;
    }

    private static List<DateClaim> dates(Document doc, Metas metas, JsonLdReader.Facts facts, Element articleRoot) {
        List<DateClaim> out = new ArrayList<>();
        for (String p : PUBLISHED_PROPERTIES) {
            add(out, metas.property(p), "meta " + p);
        }
        for (String d : facts.datesPublished()) {
            add(out, d, "JSON-LD datePublished");
        }
        for (String n : PUBLISHED_NAMES) {
            add(out, metas.name(n), "meta " + n);
        }
        for (Element e : doc.getElementsByAttributeValue("itemprop", "datePublished")) {
            String v = e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
            if (DateText.parse(v) != null) {
                add(out, v, "itemprop datePublished");
                break; // later ones date comments and teasers, not the article
            }
        }
        Element scope = articleRoot != null ? articleRoot : doc.body();
        if (scope != null) {
            for (Element t : scope.getElementsByTag("time")) {
                if (t.hasAttr("datetime")) {
                    add(out, t.attr("datetime"), "time datetime");
                    break;
                }
            }
        }
        return out;
    }

    private static void add(List<DateClaim> out, String value, String how) {
        LocalDate d = DateText.parse(value);
        if (d == null) {
            return;
        }
        for (DateClaim c : out) {
            if (c.date().equals(d)) {
                return;
            }
        }
        out.add(new DateClaim(d, PublishedBasis.HEADER, how));
    }

    private static String canonical(Document doc, Metas metas) {
        for (Element l : doc.getElementsByTag("link")) {
            for (String rel : l.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
                if (rel.equals("canonical") && !l.attr("href").isBlank()) {
                    String abs = l.absUrl("href");
                    return abs.isEmpty() ? l.attr("href").strip() : abs;
                }
            }
        }
        String og = metas.property("og:url");
        return og == null || og.isBlank() ? null : og.strip();
    }
}
