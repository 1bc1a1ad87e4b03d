package org.sitrep.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the page in headless Chromium a few times and times each load until the page says it has drawn every
 * event ({@code document.body.dataset.state == 'ready'}): the page's own count ({@code renderMs}, from its start to
 * the frame after drawing) and the wall time from asking for the page until the bench sees it ready.
 */
final class PageRun {
    private static final String PROBE = "const t = window.sitrepTimings || {}; return document.body.dataset.state + '|'"
            + " + (document.body.dataset.renderMs||'') + '|' + (t.events != null ? t.events : '') + '|'"
            + " + (t.fetchMs != null ? t.fetchMs : '')";
    private static final long TIMEOUT_NANOS = 120_000_000_000L;
    private static final long POLL_MILLIS = 20;

    /**
     * One load: the page's renderMs, the part of it spent fetching the events and counts, the wall milliseconds
     * until ready, and how many events the page holds.
     */
    record Load(long renderMs, long fetchMs, long wallMs, int events) {
    }

    private final String url;

    PageRun(String url) {
        this.url = url;
    }

    /** {@code loads} loads of the page in one browser (the first with an empty cache). */
    List<Load> run(int loads) throws WebDriverClient.WebDriverException, IOException {
        Path profile = Files.createTempDirectory("sitrep-bench-chromium-");
        try (WebDriverClient browser = WebDriverClient.start(profile)) {
            List<Load> out = new ArrayList<>(loads);
            for (int i = 0; i < loads; i++) {
                out.add(load(browser));
            }
            return out;
        } finally {
            TempFolders.delete(profile);
        }
    }

    private Load load(WebDriverClient browser) throws WebDriverClient.WebDriverException {
        browser.navigate("about:blank");
        long t0 = System.nanoTime();
        browser.navigate(url);
        while (System.nanoTime() - t0 < TIMEOUT_NANOS) {
            JsonNode value = browser.execute(PROBE);
            String[] parts = value.asText("").split("\\|", -1);
            if (parts.length == 4 && parts[0].equals("ready")) {
                long wall = Math.round((System.nanoTime() - t0) / 1e6);
                return new Load(parse(parts[1]), parse(parts[3]), wall, (int) parse(parts[2]));
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new WebDriverClient.WebDriverException("interrupted");
            }
        }
        throw new WebDriverClient.WebDriverException("the page was not ready after " + TIMEOUT_NANOS / 1_000_000_000L
                + " s");
    }

    private static long parse(String s) {
        try {
            return s.isEmpty() ? -1 : Long.parseLong(s);
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }
}
