package org.sitrep.relevance;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.Notice;
import org.sitrep.model.ArchiveRecord;
import org.sitrep.model.PageMetadata;
import org.sitrep.model.RawInput;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Report;
import org.sitrep.pipeline.ReportAnalyzer;
import org.sitrep.pipeline.Stage;
import org.sitrep.pipeline.StandardPipeline;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** In the standard pipeline: pages from an archive are gated once cleaned, other reports never. */
class RelevanceStageTest {
    private static final ArchiveRecord RECORD = new ArchiveRecord("crawl-00001.warc.gz",
            "<urn:uuid:0d6c1b2e-0000-4000-8000-000000000001>", Instant.parse("2025-03-04T10:00:00Z"));
    private static ReportAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = new ReportAnalyzer(StandardPipeline.create(), Duration.ofSeconds(30), false);
    }

    private static RawInput archived(String fileName, String text) {
        return new RawInput("r", "https://news.example.org/" + fileName, fileName,
                text.getBytes(StandardCharsets.UTF_8), PageMetadata.NONE, RECORD);
    }

    private static RawInput plain(String fileName, String text) {
        return new RawInput("r", fileName, fileName, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void runsRightAfterCleaningAndBeforeReading() {
        Pipeline p = analyzer.pipeline();
        java.util.List<String> names = p.stages().stream().map(Stage::name).toList();
        assertThat(names.indexOf("relevance")).isEqualTo(names.indexOf("boilerplate") + 1).isLessThan(names.indexOf("reading"));
    }

    @Test
    void anArchivedPageOffTopicBecomesANoticeCarryingTheReason() {
        Object result = analyzer.analyze(archived("sports.txt", Texts.SPORTS));
        assertThat(result).isInstanceOf(Notice.class);
        Notice notice = (Notice) result;
        assertThat(notice.failure()).isFalse();
        assertThat(notice.reason()).isEqualTo("not about armed conflict");
        assertThat(notice.countedAs()).isEqualTo("not about armed conflict");
        assertThat(notice.source()).isEqualTo("https://news.example.org/sports.txt");
        assertThat(notice.message()).startsWith("not about armed conflict: no trigger, actor or casualty word");
    }

    @Test
    void anArchivedPageInAnotherLanguageIsNotEnglish() {
        Notice notice = (Notice) analyzer.analyze(archived("nouvelles.txt", Texts.in("fr")));
        assertThat(notice.reason()).isEqualTo("not English");
    }

    @Test
    void anArchivedHtmlPageIsJudgedOnItsArticleText() {
        String page = "<html><head><title>Weekend results</title></head><body><nav>Home | Sport | Money</nav>"
                + "<article><h1>Comets top the table</h1><p>" + Texts.SPORTS + "</p></article></body></html>";
        assertThat(((Notice) analyzer.analyze(archived("results.html", page))).reason())
                .isEqualTo("not about armed conflict");
        String report = page.replace(Texts.SPORTS, Texts.CONFLICT);
        assertThat(analyzer.analyze(archived("attack.html", report))).isInstanceOf(Report.class);
    }

    @Test
    void anArchivedConflictReportIsAnalysed() {
        Object result = analyzer.analyze(archived("attack.txt", Texts.CONFLICT));
        assertThat(result).isInstanceOf(Report.class);
        assertThat(((Report) result).events().events()).isNotEmpty();
    }

    @Test
    void aReportNotFromAnArchiveIsNeverGated() {
        for (String text : new String[] {Texts.SPORTS, Texts.in("fr"), ""}) {
            assertThat(analyzer.analyze(plain("given.txt", text + " "))).isInstanceOf(Report.class);
        }
    }

    @Test
    void anArchivedPageWithNoTextLeftIsSetAsideAsOffTopic() {
        Notice notice = (Notice) analyzer.analyze(archived("empty.html", "<html><body><nav>Home | Sport</nav></body></html>"));
        assertThat(notice.reason()).isEqualTo("not about armed conflict");
    }
}
