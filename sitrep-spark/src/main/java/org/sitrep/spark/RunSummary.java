package org.sitrep.spark;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** What a run did, as {@code --summary} writes it: counts by what they count, and the seconds of each step. */
final class RunSummary {
    private final Map<String, Object> tree = new LinkedHashMap<>();

    RunSummary(JobResult result, double seconds) {
        Map<String, Long> skipped = new TreeMap<>();
        Map<String, Long> failed = new TreeMap<>();
        result.counts().forEach((what, n) -> {
            if (what.startsWith("skipped: ")) {
                skipped.put(what.substring("skipped: ".length()), n);
            } else {
                failed.put(what.substring("failed: ".length()), n);
            }
        });
        Map<String, Double> steps = new LinkedHashMap<>();
        result.timings().forEach((step, nanos) -> steps.put(step, Math.round(nanos / 1e7) / 100.0));
        tree.put("files", result.files());
        tree.put("reports", result.reports());
        tree.put("skipped", skipped);
        tree.put("failed", failed);
        tree.put("files_not_reports", result.walk().size());
        tree.put("seconds", Math.round(seconds * 100) / 100.0);
        tree.put("step_seconds", steps);
    }

    void write(Path file) throws IOException {
        JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(file.toFile(), tree);
    }
}
