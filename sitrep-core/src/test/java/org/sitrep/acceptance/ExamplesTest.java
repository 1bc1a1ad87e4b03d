package org.sitrep.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sitrep.model.Caption;
import org.sitrep.model.EmbeddedPost;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.entity.EntityMerger;
import org.sitrep.pipeline.Report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project's own fictional examples against their answer key (examples/expected.json): date and
 * its basis, outlet and wires, title, what the cleaner keeps and drops, captions and embedded posts, and
 * the people, organisations and places each report names (and words that must not become entities).
 */
class ExamplesTest {
    private static JsonNode expected;
    private static Map<String, Report> reports;
    private static List<Entity> entities;

    @BeforeAll
    static void analyzeExamples() throws Exception {
        Path examples = Corpus.root().resolve("examples");
        expected = new ObjectMapper().readTree(examples.resolve("expected.json").toFile());
        reports = Corpus.analyze(examples);
        entities = new EntityMerger().merge(List.copyOf(reports.values()));
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
        List<Entity> named = entities.stream().filter(e -> e.docs().contains(id)).toList();
        for (Iterator<Map.Entry<String, JsonNode>> groups = key.path("entities").fields(); groups.hasNext(); ) {
            Map.Entry<String, JsonNode> group = groups.next();
            for (JsonNode name : group.getValue()) {
                assertThat(named).as("%s entity '%s'", group.getKey(), name.asText())
                        .anySatisfy(e -> {
                            assertThat(group(e.type())).isEqualTo(group.getKey());
                            assertThat(spellings(e)).contains(name.asText().toLowerCase(Locale.ROOT));
                        });
            }
        }
        for (JsonNode name : key.path("not_entities")) {
            assertThat(named).as("no entity '%s'", name.asText())
                    .noneSatisfy(e -> assertThat(spellings(e)).contains(name.asText().toLowerCase(Locale.ROOT)));
        }
    }

    /** The scorer's groups: person, organization (every actor type), location. */
    private static String group(EntityType type) {
        return type == EntityType.PERSON ? "person" : type == EntityType.LOCATION ? "location" : "organization";
    }

    private static List<String> spellings(Entity e) {
        List<String> out = new ArrayList<>();
        out.add(e.name().toLowerCase(Locale.ROOT));
        e.aliases().forEach(a -> out.add(a.toLowerCase(Locale.ROOT)));
        return out;
    }
}
