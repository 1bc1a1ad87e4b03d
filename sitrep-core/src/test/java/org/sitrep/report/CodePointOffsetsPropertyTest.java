package org.sitrep.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitrep.fuse.SituationBuilder;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.InputRef;
import org.sitrep.pipeline.Analysis;
import org.sitrep.pipeline.BatchAnalyzer;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.StandardPipeline;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every offset the JSON, CSV and GeoJSON outputs give is counted in code points: read from outside Java's string
 * model (the text as an array of code points), {@code text[start:end]} is the evidence, whatever astral characters,
 * combining marks and CRLF line breaks come before it.
 */
class CodePointOffsetsPropertyTest {
    private static final Pipeline PIPELINE = StandardPipeline.create();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.of("", "\uD83D\uDCCD ", "\uD83D\uDD34 LIVE ", "e\u0301te\u0301 ", "\uD835\uDD38\uD835\uDD39 ",
                "\u4E2D\u6587 ", "\uD83D\uDC4D\uD83C\uDFFD ", "a\u0308\u0323 ", "\r\n").list().ofMaxSize(6)
                .map(parts -> String.join("", parts));
    }

    @Property(tries = 20)
    void everyEvidenceOffsetCountsCodePoints(@ForAll("noise") String a, @ForAll("noise") String b,
                                             @ForAll("noise") String c) throws Exception {
        String text = a + "Drones hit Kharkiv overnight\r\n\r\nMarch 4, 2031\r\n\r\n" + b
                + "Russian drones struck an apartment block in Kharkiv on Tuesday night, killing three civilians, "
                + "the regional governor said.\r\n\r\n" + c + "\"We heard the explosions and ran,\" said Olena, a "
                + "resident. Rebels captured the town of Sake in eastern Congo on Sunday after fighting with the army, "
                + "killing five soldiers, a local official said.\r\n";
        Path dir = Files.createTempDirectory("cp");
        Path file = dir.resolve("report.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Analysis analysis = new BatchAnalyzer(PIPELINE, new InputReader(), 1, false)
                .analyze(List.of(new InputRef(file, file.toString())), n -> { });
        var situation = new SituationBuilder().build(analysis);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        new SituationJson().write(situation, json);
        JsonNode root = JSON.readTree(json.toByteArray());
        Map<String, int[]> texts = new HashMap<>();
        root.path("documents").forEach(d -> texts.put(d.path("id").asText(), d.path("text").asText().codePoints().toArray()));
        int checked = check(root, texts);
        ByteArrayOutputStream geo = new ByteArrayOutputStream();
        new GeoJsonExport().write(situation, geo);
        checked += check(JSON.readTree(geo.toByteArray()), texts);
        assertThat(checked).as("evidence spans checked").isGreaterThan(2);
    }

    /** Checks every evidence object in the tree; returns how many. */
    private static int check(JsonNode node, Map<String, int[]> texts) {
        int n = 0;
        if (node.isObject() && node.has("doc") && node.has("start") && node.has("end") && node.has("text")
                && node.has("hedge")) {
            int[] cps = texts.get(node.path("doc").asText());
            int start = node.path("start").asInt();
            int end = node.path("end").asInt();
            assertThat(new String(cps, start, end - start)).isEqualTo(node.path("text").asText());
            return 1;
        }
        for (JsonNode child : node) {
            n += check(child, texts);
        }
        return n;
    }
}
