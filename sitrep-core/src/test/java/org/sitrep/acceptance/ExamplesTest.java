package org.sitrep.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sitrep.model.Caption;
import org.sitrep.model.EmbeddedPost;
import org.sitrep.pipeline.Report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project's own fictional examples against their answer key (examples/expected.json): date and
 * its basis, outlet and wires, title, what the cleaner keeps and drops, captions and embedded posts.
 */
class ExamplesTest {
    private static JsonNode expected;
    private static Map<String, Report> reports;

    @BeforeAll
    static void analyzeExamples() throws Exception {
        Path examples = Corpus.root().resolve("examples");
        expected = new ObjectMapper().readTree(examples.resolve("expected.json").toFile());
        reports = Corpus.analyze(examples);
    }

    @TestFactory
    List<DynamicTest> everyExampleMatchesItsAnswerKey() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Iterator<String> ids = expected.fieldNames(); ids.hasNext(); ) {
            String id = ids.next();
            JsonNode key = expected.get(id);
            tests.add(DynamicTest.dynamicTest(id, () -> check(id, key)));
        }
        return tests;
    }

    private static void check(String id, JsonNode key) {
        Report report = reports.get(id);
        assertThat(report).as("report %s analysed", id).isNotNull();
        assertThat(String.valueOf(report.publication().date())).as("published").isEqualTo(key.path("published").asText());
        assertThat(report.publication().basis().json()).as("published_basis").isEqualTo(key.path("published_basis").asText());
        assertThat(report.outlet().name()).as("outlet").isEqualTo(key.path("outlet").isNull() ? null : key.path("outlet").asText());
        for (JsonNode wire : key.path("wires")) {
            assertThat(report.outlet().wires()).as("wires").contains(wire.asText());
        }
        if (!key.path("title").isNull()) {
            assertThat(Corpus.squash(String.valueOf(report.title()))).as("title").isEqualTo(Corpus.squash(key.path("title").asText()));
        }
        String text = Corpus.squash(report.body().text());
        for (JsonNode keep : key.path("must_keep")) {
            assertThat(text).as("kept").contains(Corpus.squash(keep.asText()));
        }
        for (JsonNode drop : key.path("must_drop")) {
            assertThat(text).as("dropped").doesNotContain(Corpus.squash(drop.asText()));
        }
        List<String> captions = report.body().captions().stream().map(Caption::text).map(Corpus::squash).toList();
        for (JsonNode caption : key.path("captions")) {
            String phrase = Corpus.squash(caption.asText());
            assertThat(text).as("caption out of the body").doesNotContain(phrase);
            assertThat(captions).as("caption kept apart").anySatisfy(c -> assertThat(c).contains(phrase));
        }
        List<String> handles = report.body().embeddedPosts().stream().map(EmbeddedPost::handle).toList();
        for (JsonNode post : key.path("embedded_posts")) {
            assertThat(handles).as("embedded posts").contains(post.path("handle").asText());
        }
    }
}
