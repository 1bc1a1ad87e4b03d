package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyzeCommandTest extends CapturedOutput {
    @TempDir
    Path dir;

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesJsonAndASummaryAndExitsZeroWhenAllInputsAreRead() throws Exception {
        Files.writeString(dir.resolve("one.txt"), " date 2025-03-04\nDrones struck a depot near Odesa on Tuesday.\n");
        Files.writeString(dir.resolve("two.html"), "<html><head><title>Clashes</title></head><body><article>"
                + "<p>Clashes broke out near Goma on Monday, residents said.</p></article></body></html>");
        Path json = dir.resolve("out/picture.json");
        int status = Main.execute("analyze", dir.toString(), "--json", json.toString());
        assertThat(status).isZero();
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.path("schema").asText()).isEqualTo("sitrep/1");
        assertThat(root.path("documents")).hasSize(2);
        JsonNode one = root.path("documents").get(0);
        assertThat(one.path("id").asText()).isEqualTo("one");
        assertThat(one.path("published").asText()).isEqualTo("2025-03-04");
        assertThat(one.path("published_basis").asText()).isEqualTo("header");
        assertThat(one.path("text").asText()).startsWith("Drones struck");
        for (String field : new String[] {"events", "figures", "quotes", "entities"}) {
            assertThat(root.path(field).isArray()).as(field).isTrue();
        }
        assertThat(stdout()).contains("| one |").contains("2025-03-04");
    }

    @Test
    void aNameStartingWithAnAtSignIsAFileNotAListOfArguments() throws Exception {
        Path list = dir.resolve("list.txt");
        Files.writeString(list, "--help\n");
        int status = Main.execute("analyze", "-q", "@" + list);
        assertThat(status).isEqualTo(1); // the file "@…/list.txt" does not exist: read as a name, not expanded
        assertThat(stderr()).contains("no such file");
        assertThat(stdout()).doesNotContain("Usage:");
    }

    @Test
    void afterTwoDashesANameStartingWithADashIsAReport() throws Exception {
        Path report = Files.createTempFile(Path.of("."), "-dash", ".txt");
        try {
            Files.writeString(report, "Gunmen attacked a village near Gao on Monday, killing four people.\n");
            Path json = dir.resolve("dash.json");
            int status = Main.execute("analyze", "-q", "--json", json.toString(), "--",
                    report.getFileName().toString());
            assertThat(status).isZero();
            assertThat(new ObjectMapper().readTree(json.toFile()).path("documents")).hasSize(1);
        } finally {
            Files.deleteIfExists(report);
        }
    }

    @Test
    void writesTheCsvGeoJsonAndSituationReportAndFusesOneStrikeFromTwoReports() throws Exception {
        Files.writeString(dir.resolve("a.txt"), " date 2025-03-05\nA Russian drone strike on Kharkiv on Tuesday "
                + "killed four civilians, regional officials said.\n");
        Files.writeString(dir.resolve("b.txt"), " date 2025-03-05\nRussian drones struck Kharkiv on Tuesday, "
                + "killing six civilians, according to the city's mayor.\n");
        Path csv = dir.resolve("out/events.csv");
        Path geo = dir.resolve("out/map.geojson");
        Path md = dir.resolve("out/report.md");
        Path json = dir.resolve("out/picture.json");
        assertThat(Main.execute("analyze", dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString(),
                "--csv", csv.toString(), "--geojson", geo.toString(), "--md", md.toString(),
                "--json", json.toString(), "-q")).isZero();
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.path("events")).hasSize(1);
        JsonNode strike = root.path("events").get(0);
        assertThat(strike.path("sources")).hasSize(2);
        assertThat(strike.path("fatalities").asInt()).isEqualTo(4);
        assertThat(strike.path("fatalities_reported").toString()).isEqualTo("[4,6]");
        assertThat(root.path("tallies").isArray()).isTrue();
        assertThat(root.path("control").isArray()).isTrue();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).startsWith("event_id_cnty,event_date,year,time_precision,disorder_type");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("UKR1,2025-03-04,2025,1,Political violence");
        JsonNode map = new ObjectMapper().readTree(geo.toFile());
        assertThat(map.path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(map.at("/features/0/geometry/coordinates/0").asDouble()).isBetween(36.0, 36.5); // Kharkiv's lon
        assertThat(Files.readString(md)).contains("# Situation report: 2025-03-04").contains("4 (4, 6 reported)");
        assertThat(stdout()).isEmpty();
        // the report saved beside the reports is not read back as one of them
        assertThat(Main.execute("analyze", dir.toString(), "--json", json.toString(), "-q")).isZero();
        assertThat(new ObjectMapper().readTree(json.toFile()).path("documents")).hasSize(2);
    }

    @Test
    void exitsOneWhenSomeInputsFailButStillWritesTheRest() throws Exception {
        Files.writeString(dir.resolve("good.txt"), "Fighting resumed in Sake on Friday.");
        Files.write(dir.resolve("bad.txt"), new byte[0]);
        Path json = dir.resolve("p.json");
        int status = Main.execute("analyze", dir.toString(), dir.resolve("missing.txt").toString(), "--json", json.toString(), "--quiet");
        assertThat(status).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(json.toFile()).path("documents")).hasSize(1);
        assertThat(stderr()).contains("bad.txt: empty file").contains("missing.txt: no such file or folder")
                .doesNotContain("Exception");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void printsJsonOnStandardOutputWhenAsked() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Protesters gathered in Bamako on Sunday.");
        assertThat(Main.execute("analyze", dir.toString(), "--format", "json")).isZero();
        assertThat(new ObjectMapper().readTree(stdout()).path("documents").get(0).path("id").asText()).isEqualTo("a");
    }

    @Test
    void aReportWhoseEventsAreUndatedStillGetsItsSituationReport() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Protesters gathered in Bamako on Sunday.");
        assertThat(Main.execute("analyze", dir.toString())).isZero();
        assertThat(stdout()).contains("They tell of 1 incident").contains("### undated");
        assertThat(stderr()).isEmpty();
    }

    @Test
    void filesAFolderWalkSkipsAreSummedUpInOneLineAndVerboseNamesThem() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Protesters gathered in Bamako on Sunday.");
        Files.writeString(in.resolve("a.json"), "{\n  \"doc\": \"a\",\n  \"events\": []\n}\n");
        Files.writeString(in.resolve("b.json"), "{\"schema\": \"sitrep/1\"}");
        Files.writeString(in.resolve("notes.md"), "<!-- written by Sitrep: a situation report, not a news report -->\n");
        Files.writeString(in.resolve("map.png"), "x");
        Files.write(in.resolve("bad.txt"), new byte[0]);
        Path json = dir.resolve("out/p.json");
        assertThat(Main.execute("analyze", in.toString(), "--json", json.toString())).isEqualTo(1);
        List<String> lines = stderr().lines().toList();
        assertThat(lines).containsExactly(
                "sitrep: skipped 4 files that are not reports (.json 2, .md 1, .png 1); --verbose names them",
                "sitrep: error: " + in.resolve("bad.txt") + ": empty file");
        assertThat(new ObjectMapper().readTree(json.toFile()).path("documents")).hasSize(1);

        err.reset();
        assertThat(Main.execute("analyze", in.toString(), "--json", json.toString(), "--verbose")).isEqualTo(1);
        assertThat(stderr().lines().toList()).hasSize(5)
                .anySatisfy(l -> assertThat(l).isEqualTo("sitrep: skipped: " + in.resolve("map.png")
                        + ": .png is not a report format (.txt, .md, .html, .htm, optionally .gz; article .json)"))
                .anySatisfy(l -> assertThat(l).startsWith("sitrep: skipped: " + in.resolve("a.json")))
                .noneMatch(l -> l.contains("--verbose"));

        err.reset();
        assertThat(Main.execute("analyze", in.toString(), "--json", json.toString(), "-q")).isEqualTo(1);
        assertThat(stderr().lines().toList()).containsExactly("sitrep: error: " + in.resolve("bad.txt") + ": empty file");
    }

    @Test
    void readsScrapedArticlesOneReportEachAndRefusesOtherJsonNamedExplicitly() throws Exception {
        Files.writeString(dir.resolve("scrape.jsonl"), String.join("\n",
                "{\"title\": \"Depot struck\", \"date\": \"2025-03-04\", \"hostname\": \"harbour-news.example\", "
                        + "\"url\": \"https://harbour-news.example/war/depot-struck\", "
                        + "\"text\": \"Drones struck a fuel depot near Odesa, officials said.\"}",
                "{\"title\": \"no text here\"}",
                "{\"date_publish\": \"2025-03-05 10:00:00\", \"source_domain\": \"harbour-news.example\", "
                        + "\"maintext\": \"Clashes broke out near Goma, residents said.\"}", ""));
        Path json = dir.resolve("p.json");
        assertThat(Main.execute("analyze", dir.resolve("scrape.jsonl").toString(), "--json", json.toString(), "-q"))
                .isEqualTo(1);
        assertThat(stderr()).isEqualTo("sitrep: error: " + dir.resolve("scrape.jsonl") + ":2: no \"maintext\" or "
                + "\"text\" string" + System.lineSeparator());
        JsonNode docs = new ObjectMapper().readTree(json.toFile()).path("documents");
        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).path("id").asText()).isEqualTo("depot-struck");
        assertThat(docs.get(0).path("source").asText()).isEqualTo("https://harbour-news.example/war/depot-struck");
        assertThat(docs.get(0).path("title").asText()).isEqualTo("Depot struck");
        assertThat(docs.get(0).path("published").asText()).isEqualTo("2025-03-04");
        assertThat(docs.get(0).path("outlet").asText()).isEqualTo("Harbour News");
        assertThat(docs.get(1).path("id").asText()).isEqualTo("scrape-3");
        assertThat(docs.get(1).path("source").asText()).isEqualTo(dir.resolve("scrape.jsonl") + ":3");
        assertThat(docs.get(1).path("published").asText()).isEqualTo("2025-03-05");

        err.reset();
        Path gold = Files.writeString(dir.resolve("gold.json"), "{\n  \"doc\": \"a\"\n}\n");
        assertThat(Main.execute("analyze", gold.toString(), "--json", json.toString(), "-q")).isEqualTo(1);
        assertThat(stderr().lines().toList()).singleElement().satisfies(l -> assertThat(l)
                .startsWith("sitrep: error: " + gold + ": JSON that is not a scraped article"));
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(Main.execute("analyze")).isEqualTo(2);
        assertThat(Main.execute("analyze", "x", "--format", "pdf")).isEqualTo(2);
        assertThat(Main.execute("frobnicate")).isEqualTo(2);
        assertThat(Main.execute()).isEqualTo(2);
    }

    @Test
    void helpDescribesEveryOption() {
        assertThat(Main.execute("analyze", "--help")).isZero();
        assertThat(stdout()).contains("--json", "--format", "--quiet", "--verbose", "--debug", "Exit status", ".html",
                "news-please");
    }

    @Test
    void analysesTheProjectExamples() throws Exception {
        Path examples = Path.of(System.getProperty("sitrep.root", "..")).resolve("examples");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(examples));
        Path json = dir.resolve("ex.json");
        assertThat(Main.execute("analyze", examples.toString(), "--json", json.toString(), "--quiet")).isZero();
        JsonNode docs = new ObjectMapper().readTree(json.toFile()).path("documents");
        assertThat(docs.size()).isGreaterThanOrEqualTo(8);
    }
}
