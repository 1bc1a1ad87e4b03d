package org.sitrep.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.fuse.SituationBuilder;
import org.sitrep.ingest.InputCollector;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.Notice;
import org.sitrep.pipeline.Analysis;
import org.sitrep.pipeline.BatchAnalyzer;
import org.sitrep.pipeline.StandardPipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Report text in the Markdown report shows as words: no link, image, HTML, emphasis, block or broken table. */
class MarkdownEscapeTest {
    @TempDir
    Path dir;

    @Test
    void linksImagesAndHtmlStayText() {
        assertThat(MarkdownEscape.text("see [the map](javascript:alert(1)) now"))
                .isEqualTo("see [the map\\](javascript:alert(1)) now");
        assertThat(MarkdownEscape.text("![pixel](https://tracker.example/p.gif)"))
                .isEqualTo("![pixel\\](https://tracker.example/p.gif)");
        assertThat(MarkdownEscape.text("[a][ref] and [b]")).isEqualTo("[a\\][ref] and [b\\]");
        assertThat(MarkdownEscape.text("<img src=x onerror=alert(1)> and <https://x.example>"))
                .isEqualTo("\\<img src=x onerror=alert(1)> and \\<https://x.example>");
        assertThat(MarkdownEscape.text("AT&T said &lt;b&gt; &#60;")).isEqualTo("AT&T said \\&lt;b\\&gt; \\&#60;");
    }

    @Test
    void emphasisCodeAndBlocksStayText() {
        assertThat(MarkdownEscape.text("**loud** _quiet_ `code` ~~gone~~ snake_case"))
                .isEqualTo("\\*\\*loud\\*\\* \\_quiet\\_ \\`code\\` \\~\\~gone\\~\\~ snake_case");
        assertThat(MarkdownEscape.text("# Breaking")).isEqualTo("\\# Breaking");
        assertThat(MarkdownEscape.text("> quoted")).isEqualTo("\\> quoted");
        assertThat(MarkdownEscape.text("- item")).isEqualTo("\\- item");
        assertThat(MarkdownEscape.text("+ item")).isEqualTo("\\+ item");
        assertThat(MarkdownEscape.text("12. item")).isEqualTo("12\\. item");
        assertThat(MarkdownEscape.text("a line\n# then a heading\r\n- and a list")).isEqualTo("a line # then a heading - and a list");
        assertThat(MarkdownEscape.text("a \\* b, C:\\reports")).isEqualTo("a \\\\\\* b, C:\\reports");
    }

    @Test
    void ordinaryTextIsLeftAsItIs() {
        for (String plain : List.of("Kharkiv, Kharkivs’ka Oblast’ (UA)", "They [terrorists] are using women",
                "at least 19 (kharkiv); according to the regional prosecutor", "al-Sharabi", "under 5 km < 3 hours",
                "#1 priority", "2025-03-11", "-5 degrees", "M23/AFC", "100% sure!", "Q&A")) {
            assertThat(MarkdownEscape.text(plain)).as(plain).isEqualTo(plain);
        }
    }

    @Test
    void aCellKeepsItsRow() {
        assertThat(MarkdownEscape.cell("a | b\nc")).isEqualTo("a \\| b c");
    }

    @Test
    void onlyHttpAddressesBecomeLinksAndNamesStayExact() {
        assertThat(MarkdownEscape.link("report", "https://news.example/a?b=1")).isEqualTo("[report](<https://news.example/a?b=1>)");
        assertThat(MarkdownEscape.link("report", "javascript:alert(1)")).isEqualTo("report");
        assertThat(MarkdownEscape.link("report", "data:text/html,<b>x</b>")).isEqualTo("report");
        assertThat(MarkdownEscape.source("https://news.example/x")).isEqualTo("[https://news.example/x](<https://news.example/x>)");
        assertThat(MarkdownEscape.source("reports/a`b.txt")).isEqualTo("``reports/a`b.txt``");
        assertThat(MarkdownEscape.source("`odd`")).isEqualTo("`` `odd` ``");
    }

    @Test
    void theSituationReportShowsHostileReportTextAsText() throws Exception {
        Files.writeString(dir.resolve("page.html"), "<html><head><title>Shelling | [click](javascript:alert(1)) "
                + "<script>x</script></title></head><body><article><p>Shelling hit Kharkiv on 3 March 2025, the governor "
                + "said: \"We will **rebuild** every home | <b>all</b> of them.\"</p></article></body></html>");
        Analysis analysis = new BatchAnalyzer(StandardPipeline.create(), new InputReader(), 1, false)
                .analyze(new InputCollector().collect(List.of(dir.toString())).inputs(), n -> { });
        Analysis withProblem = new Analysis(analysis.reports(),
                List.of(Notice.failed("in/bad`name|x.txt", "empty <b>file</b> | [x](y)")));
        String md = new SituationReport().render(new SituationBuilder().build(withProblem));
        String body = md.substring(md.indexOf("-->") + 3);
        assertThat(body).doesNotContainPattern("(?<!\\\\)\\]\\(").doesNotContainPattern("(?<!\\\\)<[a-z/]");
        String row = md.lines().filter(l -> l.startsWith("| page |")).findFirst().orElseThrow();
        assertThat(row.split("(?<!\\\\)\\|")).hasSize(8); // the title's | does not add a column
        assertThat(md).contains("- ``in/bad`name|x.txt``: empty \\<b>file\\</b> | [x\\](y)");
    }
}
