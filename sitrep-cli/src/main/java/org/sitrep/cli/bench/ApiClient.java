package org.sitrep.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The server's API as the bench calls it: posting a report, getting a path, reading the counts. */
final class ApiClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI base;
    private final String token;

    ApiClient(URI base, String token) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        this.base = base;
        this.token = token;
    }

    URI base() {
        return base;
    }

    /** An answer: its status and body, and how long it took from sending to the last byte. */
    record Answer(int status, byte[] body, long nanos) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    Answer post(String name, byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/reports?name="
                        + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return send(request);
    }

    Answer get(String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofMinutes(2)).GET().build());
    }

    /** {@code GET /api/stats}: documents, failed, pending, events, last_change. */
    JsonNode stats() throws IOException, InterruptedException {
        Answer a = get("/api/stats");
        if (a.status() != 200) {
            throw new IOException("GET /api/stats answered " + a.status() + ": " + a.text());
        }
        return JSON.readTree(a.body());
    }

    JsonNode json(String pathAndQuery) throws IOException, InterruptedException {
        Answer a = get(pathAndQuery);
        if (a.status() != 200) {
            throw new IOException("GET " + pathAndQuery + " answered " + a.status() + ": " + a.text());
        }
        return JSON.readTree(a.body());
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), response.body(), System.nanoTime() - t0);
    }
}
