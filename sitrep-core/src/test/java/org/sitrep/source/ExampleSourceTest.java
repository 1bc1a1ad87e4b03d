package org.sitrep.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sitrep.model.RawInput;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Report;
import org.sitrep.pipeline.StandardPipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project's fictional examples through the whole pipeline against {@code examples/expected.json}
 * (fields {@code published}, {@code published_basis}, {@code outlet}, {@code wires}). Skipped when the file
 * is not there; an HTML example is skipped while the page's metadata is not read (its extractor comes
 * from another stage).
 */
class ExampleSourceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> examplesComeOutAsExpected() throws IOException {
        Path expected = locate();
        Assumptions.assumeTrue(expected != null, "no examples/expected.json yet");
        Path dir = expected.getParent();
        JsonNode root = JSON.readTree(expected.toFile());
        Pipeline pipeline = StandardPipeline.create();
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : entries(root)) {
            Path input = resolve(dir, e.getKey());
            if (input == null) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(e.getKey(), () -> check(pipeline, input, e.getValue())));
        }
        Assumptions.assumeFalse(tests.isEmpty(), "expected.json names no example file");
        return tests.stream();
    }

    private static Path locate() {
        String root = System.getProperty("sitrep.root", ".");
        for (Path p : List.of(Path.of(root, "examples", "expected.json"),
                Path.of(root).resolveSibling("main").resolve("examples/expected.json"))) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    /** Accepts an object keyed by file, an array of objects, or an object holding such an array. */
    private static List<Map.Entry<String, JsonNode>> entries(JsonNode root) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        JsonNode list = root.isArray() ? root : null;
        if (list == null) {
            for (String k : List.of("examples", "documents", "docs", "expected")) {
                if (root.path(k).isArray()) {
                    list = root.get(k);
                }
            }
        }
        if (list != null) {
            for (JsonNode n : list) {
                for (String k : List.of("file", "input", "path", "doc", "id", "name")) {
                    if (n.hasNonNull(k)) {
                        out.add(Map.entry(n.get(k).asText(), n));
                        break;
                    }
                }
            }
            return out;
        }
        Iterator<Map.Entry<String, JsonNode>> it = root.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isObject()) {
                out.add(e);
            }
        }
        return out;
    }

    private static Path resolve(Path dir, String name) {
        Path p = dir.resolve(Path.of(name).getFileName().toString());
        if (Files.isRegularFile(p)) {
            return p;
        }
        for (String ext : List.of(".txt", ".html")) {
            Path q = dir.resolve(p.getFileName() + ext);
            if (Files.isRegularFile(q)) {
                return q;
            }
        }
        return null;
    }

    private static void check(Pipeline pipeline, Path input, JsonNode want) throws Exception {
        String name = input.getFileName().toString();
        Report report = pipeline.run(new Report(new RawInput(name.replaceFirst("\\.[^.]+$", ""), input.toString(),
                name, Files.readAllBytes(input))));
        if (name.endsWith(".html")) {
            var meta = report.draft().metadata();
            Assumptions.assumeTrue(!meta.dates().isEmpty() || !meta.siteNames().isEmpty(),
                    "page metadata is not read yet for " + name);
        }
        if (want.has("published")) {
            String date = report.publication().date() == null ? null : report.publication().date().toString();
            assertThat(date).as("published of %s (%s)", name, report.publication().how())
                    .isEqualTo(text(want.get("published")));
        }
        if (want.has("published_basis")) {
            String basis = report.publication().basis() == null ? null : report.publication().basis().json();
            assertThat(basis).as("basis of %s", name).isEqualTo(text(want.get("published_basis")));
        }
        if (want.has("outlet")) {
            assertThat(report.outlet().name()).as("outlet of %s (%s)", name, report.outlet().basis())
                    .isEqualTo(text(want.get("outlet")));
        }
        if (want.has("wires") && want.get("wires").isArray()) {
            List<String> wires = new ArrayList<>();
            want.get("wires").forEach(w -> wires.add(w.asText()));
            assertThat(report.outlet().wires()).as("wires of %s", name).containsExactlyInAnyOrderElementsOf(wires);
        }
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
