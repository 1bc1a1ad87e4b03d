package org.sitrep.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A headless Chromium driven through chromedriver with the W3C WebDriver protocol, spoken directly over HTTP: start
 * the driver, open a session, navigate, run a script, close. Only what the bench needs; every failure is a
 * {@link WebDriverException} whose message fits on one line.
 */
public final class WebDriverClient implements AutoCloseable {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration STARTUP = Duration.ofSeconds(20);

    /** A driver that could not be started or answered with an error. */
    public static final class WebDriverException extends Exception {
        WebDriverException(String message) {
            super(message);
        }
    }

    private final Process driver;
    private final HttpClient http;
    private final URI base;
    private String session;

    private WebDriverClient(Process driver, URI base) {
        this.driver = driver;
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** True when both the browser and its driver are installed where Debian puts them. */
    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /**
     * Starts chromedriver on a free port and opens a session of headless Chromium whose profile lives in
     * {@code profile} (an empty folder the caller deletes afterwards).
     */
    public static WebDriverClient start(Path profile) throws WebDriverException {
        int port = freePort();
        Process process;
        try {
            process = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException error) {
            throw new WebDriverException("cannot start " + CHROMEDRIVER + ": " + error.getMessage());
        }
        WebDriverClient client = new WebDriverClient(process, URI.create("http://127.0.0.1:" + port));
        try {
            client.awaitReady();
            client.openSession(profile);
            return client;
        } catch (WebDriverException | RuntimeException error) {
            client.close();
            throw error;
        }
    }

    /** Loads {@code url} in the window; returns when the browser says the page has loaded. */
    public void navigate(String url) throws WebDriverException {
        ObjectNode body = JSON.createObjectNode().put("url", url);
        call("POST", "/session/" + session + "/url", body);
    }

    /** Runs {@code script} (a function body) in the page and returns the value it returned. */
    public JsonNode execute(String script) throws WebDriverException {
        ObjectNode body = JSON.createObjectNode().put("script", script);
        body.set("args", JSON.createArrayNode());
        return call("POST", "/session/" + session + "/execute/sync", body);
    }

    /** Ends the session (the browser quits), then the driver and anything it left running. */
    @Override
    public void close() {
        if (session != null) {
            try {
                call("DELETE", "/session/" + session, null);
            } catch (WebDriverException | RuntimeException ignored) {
                // the processes are ended below either way
            }
            session = null;
        }
        List<ProcessHandle> children = driver.descendants().toList();
        driver.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!driver.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                driver.destroyForcibly();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            driver.destroyForcibly();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private void awaitReady() throws WebDriverException {
        long end = System.nanoTime() + STARTUP.toNanos();
        String last = "no answer";
        while (System.nanoTime() < end) {
            if (!driver.isAlive()) {
                throw new WebDriverException(CHROMEDRIVER + " exited with status " + driver.exitValue()
                        + " at start");
            }
            try {
                if (call("GET", "/status", null).path("ready").asBoolean(false)) {
                    return;
                }
                last = "not ready";
            } catch (WebDriverException notYet) {
                last = notYet.getMessage();
            }
            sleep(100);
        }
        throw new WebDriverException(CHROMEDRIVER + " did not get ready in " + STARTUP.toSeconds() + " s (" + last + ")");
    }

    private void openSession(Path profile) throws WebDriverException {
        ArrayNode args = JSON.createArrayNode();
        for (String arg : List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--user-data-dir=" + profile.toAbsolutePath())) {
            args.add(arg);
        }
        ObjectNode options = JSON.createObjectNode().put("binary", CHROMIUM.toString());
        options.set("args", args);
        ObjectNode match = JSON.createObjectNode().put("browserName", "chrome");
        match.set("goog:chromeOptions", options);
        ObjectNode capabilities = JSON.createObjectNode();
        capabilities.putObject("capabilities").set("alwaysMatch", match);
        JsonNode value = call("POST", "/session", capabilities);
        session = value.path("sessionId").asText(null);
        if (session == null) {
            throw new WebDriverException("chromedriver opened no session: " + oneLine(value.toString()));
        }
    }

    /** One command: its {@code value}, or the driver's error as one line. */
    private JsonNode call(String method, String path, JsonNode body) throws WebDriverException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/json; charset=utf-8");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body.toString()));
        HttpResponse<byte[]> response;
        JsonNode answer;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            answer = JSON.readTree(response.body());
        } catch (IOException error) {
            throw new WebDriverException("chromedriver " + method + " " + path + ": " + error);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new WebDriverException("interrupted");
        }
        JsonNode value = answer == null ? null : answer.path("value");
        if (response.statusCode() != 200) {
            String error = value == null ? "" : value.path("error").asText("");
            String message = value == null ? "" : value.path("message").asText("");
            throw new WebDriverException("chromedriver " + method + " " + path + " answered " + response.statusCode()
                    + ": " + oneLine(error + (message.isEmpty() ? "" : ": " + message)));
        }
        return value;
    }

    private static String oneLine(String s) {
        String first = s.lines().findFirst().orElse("").strip();
        return first.length() > 300 ? first.substring(0, 300) + "…" : first;
    }

    private static int freePort() throws WebDriverException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException error) {
            throw new WebDriverException("no free port for chromedriver: " + error.getMessage());
        }
    }

    private static void sleep(long millis) throws WebDriverException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new WebDriverException("interrupted");
        }
    }
}
