package org.sitrep.pipeline;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.IdAllocator;
import org.sitrep.ingest.InputBatch;
import org.sitrep.ingest.InputCollector;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.Notice;
import org.sitrep.model.PublishedBasis;
import org.sitrep.model.RawInput;
import org.sitrep.report.DocumentView;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scraped articles through the whole pipeline: the scraper's date, title, outlet and address are taken where an
 * HTML page's meta tags would be. Every text here is written for the test.
 */
class ArticleInputTest {
    private static Pipeline pipeline;
    private final InputReader reader = new InputReader();

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        pipeline = StandardPipeline.create();
    }

    private Report one(String json) throws InputException {
        InputBatch batch = reader.expand(json.getBytes(StandardCharsets.UTF_8), "scrape.json", "scrape.json",
                new IdAllocator());
        assertThat(batch.inputs()).hasSize(1);
        return pipeline.run(new Report(batch.inputs().get(0)));
    }

    private static String article(String fields, String text) {
        return "{" + fields + (fields.isEmpty() ? "" : ", ") + "\"maintext\": \"" + text + "\"}";
    }

    private static final String NO_DAY = "Gunmen attacked an army checkpoint outside Kidal, killing three soldiers, "
            + "a local official said. The attackers fled on motorbikes.";
    private static final String DATELINE = "KIDAL, Mali, May 8, 2023 - Gunmen attacked an army checkpoint outside "
            + "Kidal, killing three soldiers, a local official said.";

    @Test
    void theGivenDateDatesAReportWhoseTextTellsNoDay() throws Exception {
        Report report = one(article("\"date_publish\": \"2023-05-10 07:15:00\"", NO_DAY));
        assertThat(report.publication().date()).isEqualTo(LocalDate.of(2023, 5, 10));
        assertThat(report.publication().basis()).isEqualTo(PublishedBasis.HEADER);
        assertThat(report.publication().how()).contains("date_publish");
    }

    @Test
    void theTextsDatelineGoesBeforeTheScrapersDateWhichAPagesMetaDateDoesNot() throws Exception {
        Report fromJson = one(article("\"date_publish\": \"2023-05-10 07:15:00\"", DATELINE));
        Report fromHtml = pipeline.run(new Report(new RawInput("page", "page.html", "page.html", ("<html><head>"
                + "<meta property=\"article:published_time\" content=\"2023-05-10T07:15:00Z\"></head><body><article>"
                + "<p>" + DATELINE + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8))));
        // a scraped article's given day counts where its text does not say: here the dateline does
        assertThat(fromJson.publication().date()).isEqualTo(LocalDate.of(2023, 5, 8));
        assertThat(fromJson.publication().basis()).isEqualTo(PublishedBasis.TEXT);
        // a page's own meta date goes before its dateline
        assertThat(fromHtml.publication().date()).isEqualTo(LocalDate.of(2023, 5, 10));
        assertThat(fromHtml.publication().basis()).isEqualTo(PublishedBasis.HEADER);
        // and without a given date the dateline dates it too
        Report undated = one(article("\"title\": \"Checkpoint attacked\"", DATELINE));
        assertThat(undated.publication().date()).isEqualTo(LocalDate.of(2023, 5, 8));
        assertThat(undated.publication().basis()).isEqualTo(PublishedBasis.TEXT);
    }

    @Test
    void aDateInTheAddressDatesTheReportWhenNoDateFieldIsGiven() throws Exception {
        Report report = one(article("\"date_publish\": null, "
                + "\"url\": \"https://dunes-daily.example/africa/2023/05/09/kidal-checkpoint-attack\"", NO_DAY));
        assertThat(report.publication().date()).isEqualTo(LocalDate.of(2023, 5, 9));
        assertThat(report.publication().how()).contains("address");
        DocumentView view = DocumentView.of(report);
        assertThat(view.source()).isEqualTo("https://dunes-daily.example/africa/2023/05/09/kidal-checkpoint-attack");
        assertThat(view.id()).isEqualTo("kidal-checkpoint-attack");
    }

    @Test
    void theOutletComesFromTheSourceDomain() throws Exception {
        Report known = one(article("\"source_domain\": \"www.aljazeera.com\"", NO_DAY));
        assertThat(known.outlet().name()).isEqualTo("Al Jazeera");
        Report unknown = one(article("\"source_domain\": \"www.dunes-daily.example\"", NO_DAY));
        assertThat(unknown.outlet().name()).isEqualTo("Dunes Daily");
        Report named = one("{\"sitename\": \"The Dunes Daily\", \"hostname\": \"dunes-daily.example\", "
                + "\"text\": \"" + NO_DAY + "\"}");
        assertThat(named.outlet().name()).isEqualTo("The Dunes Daily");
    }

    @Test
    void theTitleComesFromTheMetadataAndStaysOutOfTheText() throws Exception {
        Report report = one(article("\"title\": \"Three soldiers killed at Kidal checkpoint\"", NO_DAY));
        assertThat(report.title()).isEqualTo("Three soldiers killed at Kidal checkpoint");
        assertThat(report.body().text()).startsWith("Gunmen attacked").doesNotContain("Three soldiers killed");
    }

    @Test
    void aFolderWalkReadsArticleFilesSkipsOtherJsonAndRefusesItWhenNamed() throws Exception {
        Files.writeString(dir.resolve("scrape.jsonl"), article("\"url\": \"https://x.example/a/kidal-attack\"", NO_DAY)
                + "\n{\"maintext\": \n" + article("\"title\": \"Convoy hit near Gao\"", NO_DAY) + "\n");
        Files.writeString(dir.resolve("gold.json"), "{\n  \"doc\": \"kidal-attack\",\n  \"quotes\": [\n"
                + "    {\"text\": \"a local official said\"}\n  ]\n}\n");
        Files.writeString(dir.resolve("kidal-attack.txt"), NO_DAY);
        InputCollector.Collected collected = new InputCollector().collect(List.of(dir.toString()));
        assertThat(collected.notices()).singleElement().satisfies(n -> {
            assertThat(n.failure()).isFalse();
            assertThat(n.source()).endsWith("gold.json");
        });
        BatchAnalyzer analyzer = new BatchAnalyzer(pipeline, reader, 2, false);
        Analysis analysis = analyzer.analyze(collected.inputs(), n -> { });
        assertThat(analysis.reports()).extracting(Report::id)
                .containsExactly("kidal-attack", "kidal-attack-2", "convoy-hit-near-gao");
        assertThat(analysis.notices()).extracting(Notice::toString).singleElement()
                .satisfies(n -> assertThat(n).startsWith("error: " + dir.resolve("scrape.jsonl") + ":2: malformed JSON"));

        Analysis named = analyzer.analyze(new InputCollector().collect(List.of(dir.resolve("gold.json").toString()))
                .inputs(), n -> { });
        assertThat(named.reports()).isEmpty();
        assertThat(named.notices()).singleElement().satisfies(n -> {
            assertThat(n.failure()).isTrue();
            assertThat(n.message()).contains("not a scraped article").doesNotContain("\n");
        });
    }
}
