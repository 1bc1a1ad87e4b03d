package org.sitrep.pipeline;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.sitrep.ingest.IdAllocator;
import org.sitrep.ingest.InputBatch;
import org.sitrep.ingest.InputCollector;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.InputRef;
import org.sitrep.ingest.Notice;
import org.sitrep.ingest.TestArchives;
import org.sitrep.model.PublishedBasis;
import org.sitrep.model.RawInput;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ingest.TestArchives.conversion;
import static org.sitrep.ingest.TestArchives.http;
import static org.sitrep.ingest.TestArchives.response;
import static org.sitrep.ingest.TestArchives.warc;

/**
 * Web archives read as the command line reads inputs: beside other reports in a folder, their pages dated by their
 * own words first and by their capture only when those tell no day. Every text here is written for the test.
 */
class ArchiveInputTest {
    private static Pipeline pipeline;
    private final InputReader reader = new InputReader();

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        pipeline = StandardPipeline.create();
    }

    private static final String NO_DAY = "Gunmen attacked an army checkpoint outside Tessalit, killing three "
            + "soldiers, a local official said. The attackers fled on motorbikes.";

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html><head><title>Checkpoint attacked near Tessalit</title>" + head + "</head><body>"
                + "<article><h1>Checkpoint attacked near Tessalit</h1><p>" + body + "</p><p>" + NO_DAY
                + "</p></article></body></html>";
    }

    private Report analysedPage(String html) throws InputException {
        return analysedPage("https://news.example/africa/checkpoint-attack", html);
    }

    private Report analysedPage(String address, String html) throws InputException {
        byte[] archive = warc(response(address, "text/html", html));
        InputBatch batch = reader.expand(archive, "crawl.warc", "crawl.warc", new IdAllocator());
        assertThat(batch.inputs()).hasSize(1);
        return pipeline.run(new Report(batch.inputs().get(0)));
    }

    @Test
    void theCaptureDayDatesAPageThatTellsNoDay() throws Exception {
        Report report = analysedPage(page("", NO_DAY));
        assertThat(report.publication().date()).isEqualTo(LocalDate.of(2031, 5, 14));
        assertThat(report.publication().basis()).isEqualTo(PublishedBasis.INFERRED);
        assertThat(report.publication().how()).isEqualTo("archive capture date (WARC-Date)");
        assertThat(report.raw().source()).isEqualTo("https://news.example/africa/checkpoint-attack");
    }

    @Test
    void thePagesOwnMetaDateGoesAheadOfTheCapture() throws Exception {
        Report report = analysedPage(page("<meta property=\"article:published_time\" content=\"2031-05-02T08:00:00Z\">",
                NO_DAY));
        assertThat(report.publication().date()).isEqualTo(LocalDate.of(2031, 5, 2));
    }

    @Test
    void theDayInThePagesAddressGoesAheadOfTheCapture() throws Exception {
        // an archived page is the page itself, not a scrape: its address dates it as a saved page's would
        Report report = analysedPage("https://news.example/2031/05/03/checkpoint-attack", page("", NO_DAY));
        assertThat(report.publication().date()).isEqualTo(LocalDate.of(2031, 5, 3));
    }

    @Test
    void aDatelineInThePageGoesAheadOfTheCapture() throws Exception {
        Report report = analysedPage(page("", "TESSALIT, Mali, May 8, 2031 - " + NO_DAY));
        assertThat(report.publication().date()).isEqualTo(LocalDate.of(2031, 5, 8));
    }

    @Test
    void aYearlessDatelineTakesTheYearOfTheCapture() throws Exception {
        // wire copy writes no year in its dateline; the page was captured on 2031-05-14, so May 8 is 2031's
        Report report = analysedPage(page("", "TESSALIT, Mali, May 8 (Sahel Press Agency) - " + NO_DAY));
        assertThat(report.publication().date()).isEqualTo(LocalDate.of(2031, 5, 8));
        assertThat(report.publication().how()).contains("year from the archive capture date 2031-05-14");
    }

    @Test
    void aYearlessDatelineAfterTheCaptureDayIsOfTheYearBefore() throws Exception {
        Report report = analysedPage(page("", "TESSALIT, Mali, Dec. 30 (Sahel Press Agency) - " + NO_DAY));
        assertThat(report.publication().date()).isEqualTo(LocalDate.of(2030, 12, 30));
    }

    @Test
    void aDatelineInWetTextGoesAheadOfTheCapture() throws Exception {
        byte[] archive = warc(conversion("https://news.example/africa/checkpoint", "TESSALIT, Mali, May 8, 2031 - "
                + NO_DAY));
        InputBatch batch = reader.expand(archive, "crawl.wet", "crawl.wet", new IdAllocator());
        Report report = pipeline.run(new Report(batch.inputs().get(0)));
        assertThat(report.publication().date()).isEqualTo(LocalDate.of(2031, 5, 8));
    }

    @Test
    void aFolderWalkReadsAnArchiveBesideReportsIdsInOrderAndTheSameOnEveryRun() throws Exception {
        Files.writeString(dir.resolve("a-report.txt"), NO_DAY);
        Files.write(dir.resolve("b-crawl.warc.gz"), warc(WarcCompression.GZIP,
                response("https://news.example/a-report", "text/html", page("", NO_DAY)),
                response("https://news.example/logo.png", http("HTTP/1.1 200 OK", "Content-Type: image/png",
                        new byte[] {1, 2, 3})),
                conversion("https://news.example/c-report", NO_DAY)));
        Files.writeString(dir.resolve("c-report.txt"), NO_DAY);
        Files.write(dir.resolve("d-dump"), warc(conversion("https://news.example/d", NO_DAY)));
        Files.writeString(dir.resolve("notes.png"), "x");

        InputCollector.Collected collected = new InputCollector().collect(List.of(dir.toString()));
        assertThat(collected.inputs()).extracting(InputRef::fileName)
                .containsExactly("a-report.txt", "b-crawl.warc.gz", "c-report.txt", "d-dump");
        assertThat(collected.notices()).singleElement().satisfies(n -> assertThat(n.source()).endsWith("notes.png"));

        BatchAnalyzer analyzer = new BatchAnalyzer(pipeline, reader, 2, false);
        InputBatch read = analyzer.read(collected.inputs());
        assertThat(read.inputs()).extracting(RawInput::id)
                .containsExactly("a-report", "a-report-2", "c-report", "c-report-2", "d");
        assertThat(read.inputs().get(1).archived().archive()).isEqualTo(dir.resolve("b-crawl.warc.gz").toString());
        assertThat(read.notices()).singleElement().satisfies(n -> {
            assertThat(n.reason()).isEqualTo("not HTML or text");
            assertThat(n.source()).isEqualTo("https://news.example/logo.png");
        });
        assertThat(analyzer.read(collected.inputs()).inputs()).extracting(RawInput::id)
                .containsExactlyElementsOf(read.inputs().stream().map(RawInput::id).toList());

        Analysis analysis = analyzer.keepingFactsOnly().analyze(collected.inputs(), n -> { }, n -> { });
        assertThat(analysis.reports()).extracting(Report::id)
                .containsExactly("a-report", "a-report-2", "c-report", "c-report-2", "d");
        assertThat(analysis.notices()).extracting(Notice::reason).contains("not HTML or text");
    }

    @Test
    void anArchiveOnStandardInputIsFoundByItsContent() throws Exception {
        byte[] archive = TestArchives.gzip(warc(conversion("https://news.example/e", NO_DAY)));
        InputBatch batch = reader.expand(archive, "-", "stdin", new IdAllocator());
        assertThat(batch.inputs()).extracting(RawInput::source).containsExactly("https://news.example/e");
        InputBatch unnamed = reader.expand(warc(TestArchives.resourceWithoutAddress("text/plain", NO_DAY)), "-",
                "stdin", new IdAllocator());
        assertThat(unnamed.inputs()).extracting(RawInput::id).containsExactly("archive-1");
        assertThat(new String(batch.inputs().get(0).bytes(), StandardCharsets.UTF_8)).isEqualTo(NO_DAY);
    }
}
