package org.sitrep.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.DateClaim;
import org.sitrep.model.PublishedBasis;
import org.sitrep.model.RawInput;
import org.sitrep.pipeline.InputException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files of scraped articles read into one input per article; every text here is written for the test. */
class ArticleJsonTest {
    @TempDir
    Path dir;

    private final InputReader reader = new InputReader();

    /** One article as news-please writes it to its own file (fields in its alphabetical order). */
    static final String NEWS_PLEASE = """
            {
              "authors": ["Desk Reporter"],
              "date_download": "2023-04-18 09:00:00",
              "date_modify": null,
              "date_publish": "2023-04-17 16:45:00",
              "description": "Shelling hit a grain depot.",
              "image_url": null,
              "language": "en",
              "maintext": "Artillery fire struck a grain depot on the edge of Kherson, killing two workers, the regional governor said.",
              "source_domain": "www.lowlands-gazette.example",
              "title": "Shelling hits grain depot near Kherson",
              "title_page": null,
              "url": "https://www.lowlands-gazette.example/world/grain-depot-shelled-near-kherson"
            }
            """;

    /** Three articles as trafilatura writes them (JSON output, one per line), and one line cut short. */
    static final String TRAFILATURA_LINES = String.join("\r\n",
            "\uFEFF{\"title\": \"Army post attacked\", \"hostname\": \"riverpost.example\", \"date\": \"2023-05-02\", "
                    + "\"text\": \"Fighters attacked an army post near Djibo, killing five soldiers.\", "
                    + "\"source\": \"https://riverpost.example/2023/05/02/army-post-attacked/\", "
                    + "\"source-hostname\": \"The River Post\"}",
            "{\"title\": \"Cut short\", \"text\": \"Shelling resumed",
            "{\"title\": 404, \"date\": 20230503, \"text\": \"A fire broke out in the main market after shelling.\"}",
            "",
            "{\"title\": \"Convoy ambushed\", \"date\": null, \"url\": null, \"sitename\": null, "
                    + "\"text\": \"Gunmen ambushed a supply convoy on the road to Dori.\"}",
            "");

    private InputBatch expand(String content, String fileName, IdAllocator ids) throws InputException {
        return reader.expand(content.getBytes(StandardCharsets.UTF_8), "feeds/" + fileName, fileName, ids);
    }

    @Test
    void aNewsPleaseFileIsOneReportWithTheScrapersMetadata() throws Exception {
        InputBatch batch = expand(NEWS_PLEASE, "5f2c0e.json", new IdAllocator());
        assertThat(batch.notices()).isEmpty();
        RawInput raw = batch.inputs().get(0);
        assertThat(batch.inputs()).hasSize(1);
        assertThat(raw.id()).isEqualTo("grain-depot-shelled-near-kherson");
        assertThat(raw.source()).isEqualTo("https://www.lowlands-gazette.example/world/grain-depot-shelled-near-kherson");
        assertThat(new String(raw.bytes(), StandardCharsets.UTF_8)).startsWith("Artillery fire struck")
                .doesNotContain("Shelling hits grain depot"); // the title goes by the metadata, not the text
        assertThat(raw.given().title()).isEqualTo("Shelling hits grain depot near Kherson");
        assertThat(raw.given().canonicalUrl()).isEqualTo(raw.source());
        assertThat(raw.given().siteNames()).containsExactly("www.lowlands-gazette.example");
        assertThat(raw.given().dates()).singleElement().satisfies(d -> {
            assertThat(d.date()).isEqualTo(LocalDate.of(2023, 4, 17));
            assertThat(d.basis()).isEqualTo(PublishedBasis.HEADER);
            assertThat(d.how()).contains("date_publish");
        });
    }

    @Test
    void trafilaturaJsonLinesAreOneReportEachAndABadLineIsOneNotice() throws Exception {
        InputBatch batch = expand(TRAFILATURA_LINES, "riverpost.jsonl", new IdAllocator());
        assertThat(batch.inputs()).extracting(RawInput::id)
                .containsExactly("army-post-attacked", "404", "convoy-ambushed");
        assertThat(batch.notices()).singleElement().satisfies(n -> {
            assertThat(n.failure()).isTrue();
            assertThat(n.source()).isEqualTo("feeds/riverpost.jsonl:2");
            assertThat(n.message()).startsWith("malformed JSON").doesNotContain("\n");
        });
        RawInput first = batch.inputs().get(0);
        assertThat(first.source()).isEqualTo("https://riverpost.example/2023/05/02/army-post-attacked/");
        assertThat(first.given().siteNames()).containsExactly("The River Post", "riverpost.example");
        assertThat(first.given().dates()).extracting(DateClaim::date).containsExactly(LocalDate.of(2023, 5, 2));
        RawInput numbers = batch.inputs().get(1); // numbers where strings belong are read as their digits
        assertThat(numbers.given().title()).isEqualTo("404");
        assertThat(numbers.given().dates()).extracting(DateClaim::date).containsExactly(LocalDate.of(2023, 5, 3));
        assertThat(numbers.source()).isEqualTo("feeds/riverpost.jsonl:3");
        RawInput nulls = batch.inputs().get(2);
        assertThat(nulls.given().dates()).isEmpty();
        assertThat(nulls.given().siteNames()).isEmpty();
        assertThat(nulls.given().canonicalUrl()).isNull();
        assertThat(nulls.source()).isEqualTo("feeds/riverpost.jsonl:5");
        assertThat(new String(nulls.bytes(), StandardCharsets.UTF_8)).isEqualTo(
                "Gunmen ambushed a supply convoy on the road to Dori.");
    }

    @Test
    void idsFallBackToTheFileAndLineAndStayUniqueInTheBatch() throws Exception {
        IdAllocator ids = new IdAllocator();
        String lines = """
                {"text": "Clashes were reported overnight.", "url": "https://a.example/news/clashes-overnight"}
                {"text": "More clashes were reported overnight.", "url": "https://b.example/clashes-overnight.html?x=1"}
                {"text": "A third report, with neither address nor title."}
                {"text": "A report whose address ends in digits.", "url": "https://c.example/story/20231"}
                """;
        InputBatch one = expand(lines, "wire.ndjson", ids);
        InputBatch two = expand(lines, "wire.ndjson", ids);
        assertThat(one.inputs()).extracting(RawInput::id)
                .containsExactly("clashes-overnight", "clashes-overnight-2", "wire-3", "wire-4");
        assertThat(two.inputs()).extracting(RawInput::id)
                .containsExactly("clashes-overnight-3", "clashes-overnight-4", "wire-3-2", "wire-4-2");
        InputBatch plain = reader.expand("Shelling resumed.".getBytes(StandardCharsets.UTF_8), "wire.txt",
                "wire.txt", ids);
        assertThat(plain.inputs()).extracting(RawInput::id).containsExactly("wire");
        InputBatch single = expand("{\"maintext\": \"One object, no address or title.\"}", "a1b2.json", ids);
        assertThat(single.inputs()).extracting(RawInput::id).containsExactly("a1b2");
        assertThat(single.inputs().get(0).source()).isEqualTo("feeds/a1b2.json");
    }

    @Test
    void otherJsonIsRefusedInOneLineAndOtherLinesSayWhyTheyAreNoArticle() throws Exception {
        assertThatThrownBy(() -> expand("{\n  \"schema\": \"sitrep/1\",\n  \"documents\": [{\"text\": \"x\"}]\n}\n",
                "picture.json", new IdAllocator()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("not a scraped article").hasMessageContaining("maintext")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> expand("{\"a\": 1}\n{\"b\": 2}\n", "rows.jsonl", new IdAllocator()))
                .isInstanceOf(InputException.class).hasMessageContaining("no scraped article");
        assertThatThrownBy(() -> expand("{\"maintext\": \"unterminated", "cut.json", new IdAllocator()))
                .isInstanceOf(InputException.class).hasMessageStartingWith("malformed JSON")
                .hasMessageNotContaining("\n");
        InputBatch mixed = expand("""
                [1, 2]
                "a string"
                {"maintext": null, "text": 7}
                {"maintext": "   "}
                {"text": "The only article of the file."}
                """, "mixed.jsonl", new IdAllocator());
        assertThat(mixed.inputs()).hasSize(1);
        assertThat(mixed.notices()).extracting(Notice::toString).containsExactly(
                "error: feeds/mixed.jsonl:1: not a JSON object but an array",
                "error: feeds/mixed.jsonl:2: not a JSON object but a string",
                "error: feeds/mixed.jsonl:3: no \"maintext\" or \"text\" string",
                "error: feeds/mixed.jsonl:4: empty article text (\"maintext\")");
    }

    @Test
    void textThatOnlyOpensWithABraceIsStillAPlainReport() throws Exception {
        InputBatch batch = expand("{Updated} Shelling resumed in the east on Monday.", "note.txt", new IdAllocator());
        assertThat(batch.inputs()).singleElement().satisfies(raw -> {
            assertThat(raw.id()).isEqualTo("note");
            assertThat(raw.given().isEmpty()).isTrue();
        });
    }

    @Test
    void readsHugeLinesUtf16AndGzip() throws Exception {
        String huge = "Shelling resumed. ".repeat(1_500_000); // 27 million characters, over Jackson's default limit
        String lines = "{\"text\": \"" + huge + "\"}\n{\"text\": \"A short one.\"}\n";
        InputBatch batch = expand(lines, "big.jsonl", new IdAllocator());
        assertThat(batch.notices()).extracting(Notice::toString) // read whole, then refused as one report too large
                .containsExactly("error: feeds/big.jsonl:1: too large (26 MB, limit 16 MB)");
        assertThat(batch.inputs()).hasSize(1);
        String large = "Shelling resumed. ".repeat(800_000); // 14 million characters: under the report limit
        InputBatch read = expand("{\"text\": \"" + large + "\"}\n", "large.jsonl", new IdAllocator());
        assertThat(read.notices()).isEmpty();
        assertThat(read.inputs().get(0).bytes()).hasSize(large.length());

        byte[] utf16 = ("\uFEFF" + NEWS_PLEASE).getBytes(StandardCharsets.UTF_16LE);
        assertThat(reader.expand(utf16, "np", "np.json", new IdAllocator()).inputs()).hasSize(1);
        byte[] gz = InputReaderTest.gzip(TRAFILATURA_LINES.getBytes(StandardCharsets.UTF_8));
        assertThat(reader.expand(gz, "tr", "tr.jsonl.gz", new IdAllocator()).inputs()).hasSize(3);
    }

    @Test
    void cutOrDeeplyNestedContentGivesReportsOrOneLineReasonsNeverACrash() throws Exception {
        List<String> contents = new java.util.ArrayList<>();
        for (String whole : List.of(NEWS_PLEASE, TRAFILATURA_LINES)) {
            for (int cut = 1; cut <= whole.length(); cut += 7) {
                contents.add(whole.substring(0, cut));
            }
        }
        contents.add("{\"text\": " + "[".repeat(100_000) + "\n{\"text\": \"After the deep line.\"}\n");
        contents.add("{\"maintext\": \"x\", \"a\": " + "{\"b\": ".repeat(50_000));
        for (String content : contents) {
            try {
                InputBatch batch = expand(content, "cut.jsonl", new IdAllocator());
                assertThat(batch.notices()).allSatisfy(n -> assertThat(n.message()).doesNotContain("\n"));
            } catch (InputException refused) {
                assertThat(refused.getMessage()).isNotBlank().doesNotContain("\n");
            }
            Path file = Files.writeString(dir.resolve("cut.jsonl"), content);
            ArticleJson.isArticleFile(file); // answers, whatever the content
        }
    }

    @Test
    void aFileHoldsArticlesOnlyWhenItsContentSaysSo() throws Exception {
        Path newsPlease = Files.writeString(dir.resolve("np.json"), NEWS_PLEASE);
        Path lines = Files.writeString(dir.resolve("tr.jsonl"), TRAFILATURA_LINES);
        Path firstLineBad = Files.writeString(dir.resolve("late.jsonl"),
                "{\"text\": \"cut\n{\"maintext\": null}\n{\"maintext\": \"An article on line three.\"}\n");
        Path gold = Files.writeString(dir.resolve("gold.json"),
                "{\n  \"doc\": \"x\",\n  \"quotes\": [\n    {\"text\": \"a quote\"}\n  ]\n}\n");
        Path output = Files.writeString(dir.resolve("out.json"), "{\"schema\": \"sitrep/1\", \"documents\": [{\"text\": \"t\"}]}");
        Path notJson = Files.writeString(dir.resolve("notes.json"), "just words");
        Path gz = Files.write(dir.resolve("tr2.jsonl.gz"), InputReaderTest.gzip(TRAFILATURA_LINES.getBytes(StandardCharsets.UTF_8)));
        assertThat(List.of(newsPlease, lines, firstLineBad, gz)).allMatch(ArticleJson::isArticleFile);
        assertThat(List.of(gold, output, notJson)).noneMatch(ArticleJson::isArticleFile);
    }
}
