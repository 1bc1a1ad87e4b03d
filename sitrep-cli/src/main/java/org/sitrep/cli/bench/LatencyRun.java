package org.sitrep.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Times GET requests one after another, after a few untimed ones, and gives their percentiles. */
final class LatencyRun {
    private final ApiClient api;
    private final int warmup;
    private final int requests;

    LatencyRun(ApiClient api, int warmup, int requests) {
        this.api = api;
        this.warmup = warmup;
        this.requests = Math.max(1, requests);
    }

    /** Milliseconds at the 50th and 95th percentile and the slowest, over {@code requests} answers of {@code bytes}. */
    record Latency(String path, int requests, double p50, double p95, double max, int bytes) {
    }

    /** The one country and Monday-to-Sunday week holding the most incidents, and how many it holds. */
    record Week(String country, LocalDate monday, int events) {
        LocalDate sunday() {
            return monday.plusDays(6);
        }

        String query() {
            return "/api/situation?from=" + monday + "&to=" + sunday() + "&country=" + country;
        }
    }

    Latency measure(String path) throws IOException, InterruptedException {
        int bytes = 0;
        for (int i = 0; i < warmup; i++) {
            bytes = check(path, api.get(path)).body().length;
        }
        long[] nanos = new long[requests];
        for (int i = 0; i < requests; i++) {
            ApiClient.Answer a = check(path, api.get(path));
            nanos[i] = a.nanos();
            bytes = a.body().length;
        }
        Arrays.sort(nanos);
        return new Latency(path, requests, rank(nanos, 0.50) / 1e6, rank(nanos, 0.95) / 1e6,
                nanos[nanos.length - 1] / 1e6, bytes);
    }

    /** The busiest country-week of the stored incidents (by the day each begins), or null when none has both. */
    Week busiestWeek() throws IOException, InterruptedException {
        JsonNode events = api.json("/api/events").path("events");
        Map<Week, Integer> counts = new HashMap<>();
        for (JsonNode e : events) {
            String country = e.path("location").path("country").asText("");
            String day = e.path("event_date").asText("");
            if (country.length() != 2 || day.isEmpty()) {
                continue;
            }
            try {
                LocalDate monday = LocalDate.parse(day).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                counts.merge(new Week(country, monday, 0), 1, Integer::sum);
            } catch (DateTimeParseException notADay) {
                // an incident without a usable day is in no week
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<Week, Integer>comparingByValue()
                        .thenComparing(en -> en.getKey().monday(), java.util.Comparator.reverseOrder()))
                .map(en -> new Week(en.getKey().country(), en.getKey().monday(), en.getValue())).orElse(null);
    }

    /** Nearest-rank percentile of sorted values. */
    static long rank(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static ApiClient.Answer check(String path, ApiClient.Answer a) throws IOException {
        if (a.status() != 200) {
            throw new IOException("GET " + path + " answered " + a.status() + ": " + a.text());
        }
        return a;
    }
}
