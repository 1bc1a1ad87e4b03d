package org.sitrep.clean.html;

import org.junit.jupiter.api.Test;
import org.sitrep.model.DateClaim;
import org.sitrep.model.PageMetadata;
import org.sitrep.model.PublishedBasis;

import java.io.IOException;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PageMetadataTest {

    private final HtmlArticleExtractor extractor = HtmlArticleExtractor.loadDefault();

    private PageMetadata meta(String head, String body) {
        return extractor.extract("<html><head>" + head + "</head><body>" + body + "</body></html>", "t").metadata();
    }

    @Test
    void openGraphTitleSiteAndUrl() throws IOException {
        PageMetadata m = extractor.extract(HtmlArticleExtractorTest.fixture("semantic.html"), "s").metadata();

        assertThat(m.title()).isEqualTo("Bridge reopens after river flood");
        assertThat(m.siteNames()).containsExactly("The Valley Courier");
        assertThat(m.canonicalUrl()).isEqualTo("https://courier.example/news/bridge-reopens");
        assertThat(m.dates()).first().isEqualTo(
                new DateClaim(LocalDate.of(2024, 6, 11), PublishedBasis.HEADER, "meta article:published_time"));
    }

    @Test
    void offsetTimestampGivesItsOwnLocalDay() {
        PageMetadata m = meta("<meta property='article:published_time' content='2025-03-01T23:30:00-05:00'>", "");

        assertThat(m.dates()).extracting(DateClaim::date).containsExactly(LocalDate.of(2025, 3, 1));
    }

    @Test
    void jsonLdGraphGivesHeadlineDateAndPublisher() {
        String ld = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebSite\",\"name\":\"Ridge Post\"},"
                + "{\"@type\":[\"NewsArticle\"],\"headline\":\"Ferry service resumes on the lake\","
                + "\"datePublished\":\"2022-02-14T06:00:00Z\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Ridge Post\"}}"
                + "]}</script>";

        PageMetadata m = meta(ld, "<p>x</p>");

        assertThat(m.title()).isEqualTo("Ferry service resumes on the lake");
        assertThat(m.dates()).containsExactly(
                new DateClaim(LocalDate.of(2022, 2, 14), PublishedBasis.HEADER, "JSON-LD datePublished"));
        assertThat(m.siteNames()).containsExactly("Ridge Post");
    }

    @Test
    void jsonLdTopLevelListAndBrokenBlocks() {
        String ld = "<script type='application/ld+json'>{ this is not json </script>"
                + "<script type=\"application/ld+json\">[{\"@type\":\"BreadcrumbList\"},"
                + "{\"@type\":\"ReportageNewsArticle\",\"datePublished\":\"2021-07-04\",\"headline\":\"Lake levels\","
                + "\"publisher\":[{\"name\":\"Shore Weekly\"}]},]</script>";

        PageMetadata m = meta(ld, "");

        assertThat(m.dates()).extracting(DateClaim::date).containsExactly(LocalDate.of(2021, 7, 4));
        assertThat(m.siteNames()).containsExactly("Shore Weekly");
        assertThat(m.title()).isEqualTo("Lake levels");
    }

    @Test
    void datesComeStrongestFirstAndDistinct() {
        String head = "<meta name='parsely-pub-date' content='2020-05-03T10:00:00Z'>"
                + "<meta property='article:published_time' content='2020-05-02T22:00:00-04:00'>"
                + "<meta name='dc.date' content='2020-05-02'>"
                + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-05-04\"}</script>";

        PageMetadata m = meta(head, "");

        assertThat(m.dates()).extracting(DateClaim::date)
                .containsExactly(LocalDate.of(2020, 5, 2), LocalDate.of(2020, 5, 4), LocalDate.of(2020, 5, 3));
        assertThat(m.dates()).extracting(DateClaim::how)
                .containsExactly("meta article:published_time", "JSON-LD datePublished", "meta parsely-pub-date");
        assertThat(m.dates()).allMatch(d -> d.basis() == PublishedBasis.HEADER);
    }

    @Test
    void microdataAndTimeElementInTheArticle() {
        PageMetadata micro = meta("", "<article><span itemprop='datePublished' content='2019-12-24'>Dec 24</span>"
                + "<p>Text of the article about the night before the holiday.</p></article>");
        PageMetadata time = meta("", "<div>Site clock <time datetime='2001-01-01'>then</time></div>"
                + "<article><time datetime='2018-08-08T09:00:00+09:00'>8 Aug</time><p>Text.</p></article>");

        assertThat(micro.dates()).extracting(DateClaim::how).containsExactly("itemprop datePublished");
        assertThat(micro.dates()).extracting(DateClaim::date).containsExactly(LocalDate.of(2019, 12, 24));
        assertThat(time.dates()).containsExactly(
                new DateClaim(LocalDate.of(2018, 8, 8), PublishedBasis.HEADER, "time datetime"));
    }

    @Test
    void writtenDatesAreRead() {
        assertThat(DateText.parse("March 1, 2025")).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(DateText.parse("Tue, 19 Nov 2019 10:00:00 GMT")).isEqualTo(LocalDate.of(2019, 11, 19));
        assertThat(DateText.parse("20191119")).isEqualTo(LocalDate.of(2019, 11, 19));
        assertThat(DateText.parse("2019/11/19 10:00")).isEqualTo(LocalDate.of(2019, 11, 19));
        assertThat(DateText.parse("not a date at all")).isNull();
        assertThat(DateText.parse("2019-13-45")).isNull();
    }

    @Test
    void titleSuffixesAreStripped() {
        assertThat(meta("<title>Wells run dry in the south | Plains Herald</title>", "").title())
                .isEqualTo("Wells run dry in the south");
        assertThat(meta("<title>Wells run dry in the south - Plains Herald</title>"
                + "<meta property='og:site_name' content='Plains Herald'>", "").title())
                .isEqualTo("Wells run dry in the south");
        // A dash inside a headline is not a site suffix.
        assertThat(meta("<title>Talks resume in the capital - but hopes are low</title>", "").title())
                .isEqualTo("Talks resume in the capital - but hopes are low");
        assertThat(meta("<meta property='og:title' content='Storm hits the coast'><title>Other | Site</title>", "")
                .title()).isEqualTo("Storm hits the coast");
        assertThat(meta("", "<h1>Only a heading here</h1>").title()).isEqualTo("Only a heading here");
    }

    @Test
    void siteNamesAndCanonicalFallbacks() {
        PageMetadata m = meta("<meta name='application-name' content='Delta Wire'>"
                + "<meta property='og:url' content='https://wire.example/a/1'>", "");

        assertThat(m.siteNames()).containsExactly("Delta Wire");
        assertThat(m.canonicalUrl()).isEqualTo("https://wire.example/a/1");
        assertThat(meta("", "").canonicalUrl()).isNull();
        assertThat(meta("", "").dates()).isEmpty();
    }
}
