package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.PictureQuery;
import org.sitrep.store.Store;
import org.sitrep.store.StoreCheck;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 1,000 reports posted to a server in its own process, which is killed with SIGKILL at a random moment and started
 * again: every report that was answered 202 is in the store with its facts, the stored picture equals a full
 * re-fusion, and SQLite's integrity check passes.
 */
class CrashSafetyTest {
    static final String TOKEN = "crash-token";
    static final int REPORTS = 1000;
    static final String[] TOWNS = {"Kidal", "Gao", "Goma", "Bunia", "Kismayo", "Baidoa", "Idlib", "Aleppo", "Kharkiv",
        "Sumy", "Maiduguri", "El Fasher", "Taiz", "Marib", "Timbuktu", "Beni"};
    static final String[] MONTHS = {"January", "February", "March", "April", "May", "June"};

    /** The i-th report: our own short wire copy, different in its town, day, toll and desk. */
    static String report(int i) {
        String town = TOWNS[i % TOWNS.length];
        String month = MONTHS[(i / 28) % MONTHS.length];
        int day = 1 + i % 28;
        int killed = 2 + (i * 7) % 40;
        return "Fighting reported near " + town + "\n\n" + month + " " + day + ", 2031\n\n"
                + "Armed men attacked an army post near " + town + " on " + month + " " + day + ", killing "
                + killed + " soldiers, a local official said.\n\nResidents said the attackers left before dawn. "
                + "Desk note " + i + ".\n";
    }

    private Process start(Path data) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xss8m", "-cp", System.getProperty("java.class.path"),
                ServerProcess.class.getName(), data.toString(), TOKEN);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        return pb.start();
    }

    private static int port(Process p) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith("PORT ")) {
                return Integer.parseInt(line.substring(5).strip());
            }
        }
        throw new IOException("the server process ended before it listened");
    }

    @Test
    void everyAcknowledgedReportSurvivesAKillAndThePictureStaysWhole(@TempDir Path data) throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int killAfter = 100 + random.nextInt(REPORTS - 300);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        ObjectMapper json = new ObjectMapper();
        Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();

        Process server = start(data);
        int port = port(server);
        List<Thread> clients = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            int[] p = {port};
            Thread client = new Thread(() -> {
                for (int i; (i = next.getAndIncrement()) < killAfter + 40; ) {
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(
                                        "http://127.0.0.1:" + p[0] + "/api/reports?name=r" + i + ".txt"))
                                .header("Authorization", "Bearer " + TOKEN)
                                .POST(HttpRequest.BodyPublishers.ofString(report(i))).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 202) {
                            acknowledged.put(i, json.readTree(r.body()).get("id").asText());
                        }
                    } catch (IOException | InterruptedException refused) {
                        // the server is gone: this report was never acknowledged
                    } catch (RuntimeException other) {
                        throw other;
                    }
                }
            });
            clients.add(client);
            client.start();
        }
        while (acknowledged.size() < killAfter) {
            Thread.sleep(1);
        }
        server.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
        assertThat(server.waitFor(20, TimeUnit.SECONDS)).isTrue();
        for (Thread c : clients) {
            c.join();
        }
        int beforeKill = acknowledged.size();

        Process again = start(data);
        try {
            int port2 = port(again);
            for (int i = next.get(); i < REPORTS; i++) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(
                                "http://127.0.0.1:" + port2 + "/api/reports?name=r" + i + ".txt"))
                        .header("Authorization", "Bearer " + TOKEN)
                        .POST(HttpRequest.BodyPublishers.ofString(report(i))).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).isEqualTo(202);
                acknowledged.put(i, json.readTree(r.body()).get("id").asText());
            }
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            JsonNode stats;
            do {
                Thread.sleep(100);
                stats = json.readTree(http.send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + port2 + "/api/stats")).build(), HttpResponse.BodyHandlers.ofString()).body());
            } while (stats.get("pending").asLong() > 0 && System.nanoTime() < until);
            assertThat(stats.get("pending").asLong()).as("seed %d: everything received was analysed", seed).isZero();
        } finally {
            again.destroyForcibly();
            again.waitFor(20, TimeUnit.SECONDS);
        }

        assertThat(beforeKill).isGreaterThanOrEqualTo(killAfter);
        try (Store store = Store.open(data)) {
            List<String> missing = new ArrayList<>();
            store.read(c -> {
                try (PreparedStatement st = c.prepareStatement(
                        "SELECT state, facts IS NOT NULL FROM documents WHERE id = ?")) {
                    for (String id : acknowledged.values()) {
                        st.setString(1, id);
                        try (ResultSet rs = st.executeQuery()) {
                            if (!rs.next() || !"analysed".equals(rs.getString(1)) || !rs.getBoolean(2)) {
                                missing.add(id);
                            }
                        }
                    }
                }
                return null;
            });
            assertThat(missing).as("seed %d, killed after %d acknowledged", seed, killAfter).isEmpty();
            assertThat((Long) new PictureQuery(store).stats().get("events")).isPositive();
            StoreCheck.Result check = new StoreCheck(store).run();
            assertThat(check.integrity()).as("seed %d", seed).isEmpty();
            assertThat(check.differences()).as("seed %d", seed).isEmpty();
        }
    }
}
