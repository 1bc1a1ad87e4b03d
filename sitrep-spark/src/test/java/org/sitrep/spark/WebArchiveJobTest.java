package org.sitrep.spark;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job over a web archive written here with jwarc: the example reports as pages (HTML as HTTP responses, text as
 * resources), and beside them a record the job must skip or count for each way a crawl goes wrong.
 */
class WebArchiveJobTest {
    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final Instant CAPTURED = Instant.parse("2025-11-20T08:00:00Z");
    /** Invented French copy about a local festival: no English, so never read further. */
    private static final String FRENCH = "<html><head><title>Fête du village</title></head><body><article><p>La fête "
            + "annuelle du village a réuni des centaines de familles samedi sur la place de la mairie. Les enfants ont "
            + "dansé jusqu'au soir et les producteurs locaux ont vendu leurs fromages, leurs confitures et leur pain "
            + "aux visiteurs venus des communes voisines.</p><p>Le maire a remercié les bénévoles qui ont préparé les "
            + "stands pendant toute la semaine et a annoncé que la prochaine édition aura lieu au printemps.</p>"
            + "</article></body></html>";
    /** Invented English copy about a football match: English, but not news about armed conflict. */
    private static final String SPORT = "<html><head><title>Late winner lifts the home side</title></head><body>"
            + "<article><p>The home side won their third match in a row on Saturday, with a header in the last "
            + "minute of the game sending the crowd home happy. The visitors had levelled the score early in the "
            + "second half after a long spell of pressure.</p><p>The coach praised his players for their patience "
            + "and said the squad would rest before the cup tie next week.</p></article></body></html>";

    @TempDir
    static Path tmp;
    private static Path archive;

    @BeforeAll
    static void writeArchive() throws IOException {
        List<WarcRecord> records = new ArrayList<>();
        try (var files = Files.list(EXAMPLES)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".html") || name.endsWith(".html.gz")) {
                    records.add(response("https://news.example.org/" + name.replace(".gz", ""), "text/html",
                            bytes(f)));
                } else if (name.endsWith(".txt")) {
                    records.add(new WarcResource.Builder(URI.create("https://wire.example.org/" + name))
                            .date(CAPTURED).body(MediaType.parse("text/plain"), bytes(f)).build());
                }
            }
        }
        records.add(3, response("https://news.example.org/logo.png", "image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'}));
        records.add(6, new WarcResponse.Builder(URI.create("https://news.example.org/broken"))
                .date(CAPTURED)
                .body(MediaType.HTTP_RESPONSE, "this is not an HTTP response\r\n\r\n<html></html>"
                        .getBytes(StandardCharsets.ISO_8859_1))
                .build());
        records.add(9, response("https://actualites.example.fr/fete-du-village", "text/html; charset=utf-8",
                FRENCH.getBytes(StandardCharsets.UTF_8)));
        records.add(12, response("https://sport.example.org/late-winner", "text/html; charset=utf-8",
                SPORT.getBytes(StandardCharsets.UTF_8)));
        archive = tmp.resolve("crawl.warc.gz");
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(archive, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (WarcRecord r : records) {
                writer.write(r);
            }
        }
    }

    @Test
    void theJobGivesWhatAnalyzeGivesForTheSameArchive() throws Exception {
        List<String> inputs = List.of(archive.toString());
        String picture = JobPicture.json(inputs, tmp);
        assertThat(picture).isEqualTo(CommandLinePicture.json(inputs));
        assertThat(picture).contains("\"source\" : \"https://news.example.org/congo-m23-masisi-villages.html\"");
    }

    @Test
    void whatIsSetAsideIsCountedByWhy() throws Exception {
        JobResult result = new SitrepJob(SparkSessions.local(), Duration.ofSeconds(20))
                .run(List.of(archive.toString()));

        assertThat(result.counts()).isEqualTo(Map.of(
                "skipped: not HTML or text", 1L,
                "failed: bad record", 1L,
                "skipped: not English", 1L,
                "skipped: not about armed conflict", 1L));
        assertThat(result.failures()).singleElement()
                .satisfies(n -> assertThat(n.source()).isEqualTo("https://news.example.org/broken"));
        try (var files = Files.list(EXAMPLES)) {
            long pages = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".html") || n.endsWith(".html.gz") || n.endsWith(".txt")).count();
            assertThat(result.reports()).isEqualTo(pages);
        }
    }

    @Test
    void brokenArchivesAreFailuresNamedAsAnalyzeNamesThemAndTheRestIsRead() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("broken"));
        byte[] whole = Files.readAllBytes(archive);
        Files.write(folder.resolve("cut.warc.gz"), Arrays.copyOf(whole, whole.length / 2));
        Files.write(folder.resolve("empty.warc"), new byte[0]);
        byte[] noise = new byte[4000];
        new Random(7).nextBytes(noise);
        Files.write(folder.resolve("noise.warc.gz"), noise);
        Files.copy(EXAMPLES.resolve("yemen-taiz-shelling-children.txt"), folder.resolve("taiz.txt"));
        List<String> inputs = List.of(folder.toString());

        String picture = JobPicture.json(inputs, tmp);
        assertThat(picture).isEqualTo(CommandLinePicture.json(inputs));
        assertThat(picture).contains("\"source\" : \"" + folder.resolve("cut.warc.gz") + "\",\n    \"message\" : "
                + "\"truncated", "\"message\" : \"empty file\"", "\"id\" : \"taiz\"");
    }

    @Test
    void theCommandSaysWhatItReadAndSetAside() throws Exception {
        Path summary = tmp.resolve("summary.json");
        Path lines = tmp.resolve("lines");
        int status = new picocli.CommandLine(new SparkMain()).execute(archive.toString(), "--jsonl", lines.toString(),
                "--summary", summary.toString(), "-q");

        assertThat(status).isEqualTo(1); // the broken record is a failure, as for analyze
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(summary.toFile());
        assertThat(tree.get("files").asInt()).isEqualTo(1);
        assertThat(tree.get("skipped").get("not English").asInt()).isEqualTo(1);
        assertThat(tree.get("skipped").get("not HTML or text").asInt()).isEqualTo(1);
        assertThat(tree.get("failed").get("bad record").asInt()).isEqualTo(1);
        assertThat(tree.get("step_seconds").has("fusion")).isTrue();
        assertThat(lines.resolve("events")).isDirectory();
    }

    private static WarcResponse response(String uri, String type, byte[] body) {
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] http = new byte[head.length + body.length];
        System.arraycopy(head, 0, http, 0, head.length);
        System.arraycopy(body, 0, http, head.length, body.length);
        return new WarcResponse.Builder(URI.create(uri)).date(CAPTURED).body(MediaType.HTTP_RESPONSE, http).build();
    }

    private static byte[] bytes(Path f) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        if (f.toString().endsWith(".gz")) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                return in.readAllBytes();
            }
        }
        return bytes;
    }
}
