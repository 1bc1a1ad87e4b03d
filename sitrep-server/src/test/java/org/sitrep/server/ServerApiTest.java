package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.StandardPipeline;
import org.sitrep.store.PictureQuery;
import org.sitrep.store.Store;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every endpoint of the live server, with our own small reports. */
class ServerApiTest {
    static final String TOKEN = "test-token-123";
    static final String KHARKIV = """
            Drone strike kills three in Kharkiv, officials say

            March 4, 2031

            \uD83D\uDCCD Kharkiv, Ukraine — Russian drones struck an apartment block in Kharkiv on Tuesday night, \
            killing three civilians and wounding eleven, the regional governor said.

            Firefighters worked through the night to put out the blaze, he added. <script>alert(1)</script> \
            <img src=x onerror=alert(1)>
            """;
    static final String SAKE = """
            Rebels seize town in eastern Congo

            June 9, 2031

            GOMA, Democratic Republic of Congo — M23 rebels captured the town of Sake on Sunday after heavy \
            fighting with the Congolese army, residents said. At least five soldiers were killed, a local official said.
            """;
    static Pipeline pipeline;
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;
    Store store;
    SitrepServer server;
    final ByteArrayOutputStream errors = new ByteArrayOutputStream();

    @BeforeAll
    static void load() {
        pipeline = StandardPipeline.create();
    }

    @BeforeEach
    void open() throws Exception {
        store = Store.open(data);
        server = new SitrepServer(store, pipeline, WriteToken.of(TOKEN),
                new SitrepServer.Options("127.0.0.1", 0, 64 * 1024, null, 2), new PrintStream(errors, true));
        server.analyst().start();
    }

    @AfterEach
    void close() {
        server.close();
        store.close();
    }

    private static Response post(HttpClient client, String path, byte[] body, String token) {
        return client.request(path, b -> {
            b.post(HttpRequest.BodyPublishers.ofByteArray(body));
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
        });
    }

    private static Response post(HttpClient client, String name, String text) {
        return post(client, "/api/reports?name=" + name, text.getBytes(StandardCharsets.UTF_8), TOKEN);
    }

    private static JsonNode json(Response r) throws Exception {
        return JSON.readTree(r.body().string());
    }

    /** Waits until the document is analysed (the API answers 200 for it), at most a few seconds. */
    private static JsonNode analysed(HttpClient client, String id) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < until) {
            Response r = client.get("/api/documents/" + id);
            if (r.code() == 200) {
                return json(r);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("document " + id + " was not analysed in time");
    }

    @Test
    void aPostedReportIsStoredAnsweredWithItsIdAndThenAnalysed() {
        JavalinTest.test(server.app(), (app, client) -> {
            Response r = post(client, "kharkiv.txt", KHARKIV);
            assertThat(r.code()).isEqualTo(202);
            JsonNode answer = json(r);
            assertThat(answer.get("id").asText()).isEqualTo("kharkiv");
            assertThat(answer.get("duplicate").asBoolean()).isFalse();
            JsonNode doc = analysed(client, "kharkiv");
            assertThat(doc.get("text").asText()).contains("Russian drones struck");
            JsonNode again = json(post(client, "copy.txt", KHARKIV));
            assertThat(again.get("id").asText()).isEqualTo("kharkiv");
            assertThat(again.get("duplicate").asBoolean()).isTrue();
        });
    }

    @Test
    void writingNeedsTheTokenAndReadingDoesNot() {
        JavalinTest.test(server.app(), (app, client) -> {
            byte[] body = SAKE.getBytes(StandardCharsets.UTF_8);
            assertThat(post(client, "/api/reports?name=a.txt", body, null).code()).isEqualTo(401);
            assertThat(post(client, "/api/reports?name=a.txt", body, "wrong").code()).isEqualTo(403);
            Response viaHeader = client.request("/api/reports?name=a.txt", b -> b
                    .post(HttpRequest.BodyPublishers.ofByteArray(body)).header("X-Sitrep-Token", TOKEN));
            assertThat(viaHeader.code()).isEqualTo(202);
            assertThat(client.get("/api/stats").code()).isEqualTo(200);
            assertThat(client.get("/api/situation").code()).isEqualTo(200);
        });
    }

    @Test
    void badBodiesAreRefusedWithAReasonAndNothingIsStored() {
        JavalinTest.test(server.app(), (app, client) -> {
            byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
            Response binary = post(client, "/api/reports?name=x.pdf", pdf, TOKEN);
            assertThat(binary.code()).isEqualTo(415);
            assertThat(json(binary).get("error").asText()).contains("binary").contains("PDF");
            Response empty = post(client, "/api/reports", new byte[0], TOKEN);
            assertThat(empty.code()).isEqualTo(422);
            assertThat(json(empty).get("error").asText()).contains("empty");
            Response huge = post(client, "/api/reports?name=big.txt", new byte[200 * 1024], TOKEN);
            assertThat(huge.code()).isEqualTo(413);
            assertThat(new PictureQuery(store).stats().get("pending")).isEqualTo(0L);
            assertThat(new PictureQuery(store).stats().get("documents")).isEqualTo(0L);
        });
    }

    @Test
    void aGzipBodyIsReadAsItsReport() {
        JavalinTest.test(server.app(), (app, client) -> {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
                gz.write(SAKE.getBytes(StandardCharsets.UTF_8));
            }
            assertThat(post(client, "/api/reports?name=sake.txt.gz", zipped.toByteArray(), TOKEN).code()).isEqualTo(202);
            assertThat(analysed(client, "sake").get("text").asText()).contains("M23 rebels captured");
        });
    }

    @Test
    void jsonLinesOfScrapedArticlesAreOneReportEachWithTheirAddressAndDay() {
        JavalinTest.test(server.app(), (app, client) -> {
            String lines = """
                    {"url": "https://news.example.org/2031/02/11/kidal-clashes", "title": "Clashes in Kidal", "date_publish": "2031-02-11 08:00:00", "source_domain": "news.example.org", "maintext": "Heavy fighting broke out between the army and rebels in Kidal on Monday, killing at least seven fighters, a military source said."}
                    {"url": "https://wire.example.net/world/gao-market", "title": "Market hit", "date": "2031-02-12", "hostname": "wire.example.net", "text": "An air strike hit a market in Gao on Tuesday, killing four civilians, witnesses said."}
                    this line is not JSON
                    """;
            Response r = post(client, "/api/reports?name=scraped.jsonl", lines.getBytes(StandardCharsets.UTF_8), TOKEN);
            assertThat(r.code()).isEqualTo(202);
            JsonNode answer = json(r);
            assertThat(answer.get("documents")).hasSize(2);
            assertThat(answer.get("refused").get(0).get("source").asText()).endsWith(":3");
            String first = answer.get("documents").get(0).get("id").asText();
            JsonNode doc = analysed(client, first);
            assertThat(doc.get("source").asText()).isEqualTo("https://news.example.org/2031/02/11/kidal-clashes");
            assertThat(doc.get("published").asText()).isEqualTo("2031-02-11");
            JsonNode second = analysed(client, answer.get("documents").get(1).get("id").asText());
            assertThat(second.get("published").asText()).isEqualTo("2031-02-12");
        });
    }

    @Test
    void eventsAreFilteredByDayCountryBoxActorTypeAndStatus() {
        JavalinTest.test(server.app(), (app, client) -> {
            post(client, "kharkiv.txt", KHARKIV);
            post(client, "sake.txt", SAKE);
            analysed(client, "kharkiv");
            analysed(client, "sake");
            assertThat(json(client.get("/api/events")).get("total").asInt()).isEqualTo(2);
            assertThat(ids(client, "/api/events?country=UA")).containsExactly("kharkiv#e1");
            assertThat(ids(client, "/api/events?country=cd")).containsExactly("sake#e1");
            assertThat(ids(client, "/api/events?from=2031-03-01&to=2031-03-31")).containsExactly("kharkiv#e1");
            assertThat(ids(client, "/api/events?from=2031-06-01")).containsExactly("sake#e1");
            assertThat(ids(client, "/api/events?bbox=20,40,45,55")).containsExactly("kharkiv#e1");
            assertThat(ids(client, "/api/events?actor=march%2023")).containsExactly("sake#e1");
            assertThat(ids(client, "/api/events?type=Explosions/Remote%20violence")).containsExactly("kharkiv#e1");
            assertThat(ids(client, "/api/events?type=air/drone%20strike")).containsExactly("kharkiv#e1");
            String status = json(client.get("/api/events?country=UA")).get("events").get(0).get("status").asText();
            assertThat(ids(client, "/api/events?status=" + status)).contains("kharkiv#e1");
            assertThat(ids(client, "/api/events?status=denied")).isEmpty();
            JsonNode picture = json(client.get("/api/situation?country=CD"));
            assertThat(picture.get("schema").asText()).isEqualTo("sitrep/1");
            assertThat(picture.get("events")).hasSize(1);
            assertThat(picture.get("documents")).hasSize(1);
            assertThat(picture.get("documents").get(0).get("id").asText()).isEqualTo("sake");
            assertThat(json(client.get("/api/control?country=CD")).get("control").get(0).get("place").get("name")
                    .asText()).isEqualTo("Sake");
            assertThat(json(client.get("/api/tallies")).has("tallies")).isTrue();
            for (String bad : new String[] {"from=yesterday", "country=Ukraine", "bbox=1,2,3", "from=2031-05-01&to=2031-04-01",
                "limit=many"}) {
                Response r = client.get("/api/events?" + bad);
                assertThat(r.code()).as(bad).isEqualTo(400);
                assertThat(json(r).get("error").asText()).as(bad).isNotBlank();
            }
        });
    }

    private static Stream<String> idStream(JsonNode list) {
        return Stream.iterate(0, i -> i < list.size(), i -> i + 1).map(i -> list.get(i).get("id").asText());
    }

    private static java.util.List<String> ids(HttpClient client, String path) throws Exception {
        return idStream(json(client.get(path)).get("events")).toList();
    }

    @Test
    void anEventAndItsDocumentGiveEvidenceOffsetsInCodePoints() {
        JavalinTest.test(server.app(), (app, client) -> {
            post(client, "kharkiv.txt", KHARKIV);
            JsonNode doc = analysed(client, "kharkiv");
            JsonNode event = json(client.get("/api/events/kharkiv%23e1"));
            assertThat(event.get("documents").get(0).get("id").asText()).isEqualTo("kharkiv");
            JsonNode evidence = event.get("evidence").get(0);
            int[] cps = doc.get("text").asText().codePoints().toArray();
            String span = new String(cps, evidence.get("start").asInt(),
                    evidence.get("end").asInt() - evidence.get("start").asInt());
            assertThat(span).isEqualTo(evidence.get("text").asText()).contains("Russian drones struck");
            JsonNode fact = doc.get("facts").get(0);
            assertThat(fact.get("kind").asText()).isEqualTo("event");
            assertThat(fact.get("start").asInt()).isEqualTo(evidence.get("start").asInt());
            assertThat(client.get("/api/events/nothing%23e9").code()).isEqualTo(404);
            assertThat(client.get("/api/documents/nothing").code()).isEqualTo(404);
        });
    }

    @Test
    void theExportsAreTheCommandLinesAndEveryResponseForbidsInlineScript() {
        JavalinTest.test(server.app(), (app, client) -> {
            post(client, "sake.txt", SAKE);
            analysed(client, "sake");
            Response csv = client.get("/api/events.csv");
            assertThat(csv.headers().get("Content-Type").get(0)).startsWith("text/csv");
            assertThat(csv.body().string()).startsWith("event_id_cnty,").contains("Sake");
            JsonNode geo = json(client.get("/api/events.geojson"));
            assertThat(geo.get("type").asText()).isEqualTo("FeatureCollection");
            assertThat(client.get("/api/report.md").body().string()).contains("Sake");
            Response stats = client.get("/api/stats");
            assertThat(stats.headers().get("Content-Security-Policy").get(0))
                    .contains("script-src 'self'").doesNotContain("unsafe-inline");
            assertThat(client.get("/webjars/leaflet/1.9.4/dist/leaflet.js").code()).isEqualTo(200);
        });
    }

    @Test
    void theStreamTellsOfEachChange() {
        JavalinTest.test(server.app(), (app, client) -> {
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(URI.create(client.getOrigin() + "/api/stream"))
                    .header("Accept", "text/event-stream").build();
            CompletableFuture<String> change = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                    .thenApply(response -> response.body()
                            .filter(line -> line.startsWith("data:") && line.contains("sake"))
                            .findFirst().orElse(""));
            Thread.sleep(300); // the client is connected before the report comes
            post(client, "sake.txt", SAKE);
            String data = change.get(10, TimeUnit.SECONDS);
            JsonNode message = JSON.readTree(data.substring("data:".length()));
            assertThat(message.get("documents").get(0).asText()).isEqualTo("sake");
            assertThat(message.get("events").get(0).asText()).isEqualTo("sake#e1");
            assertThat(message.get("seq").asLong()).isPositive();
        });
    }
}
