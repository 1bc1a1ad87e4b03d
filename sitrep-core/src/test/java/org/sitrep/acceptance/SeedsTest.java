package org.sitrep.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.Report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five real seed reports in ../shared (skipped when the folder is absent): publication date and
 * outlet as in the hand-made gold, and cleaned text free of boilerplate and repeats.
 */
class SeedsTest {
    /** Generic marks of page furniture; none may survive cleaning. */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?im)^(subscribe|\\* indicates required|skip to content|read more|become a member|news feed|"
                    + "enter your email.*|support now|close|editors' picks|more news)$|support the [A-Z]|"
                    + "indicates required|getty images\\)|audio is created");
    private static Path shared;
    private static Map<String, Report> reports;

    @BeforeAll
    static void analyzeSeeds() {
        shared = Corpus.shared();
        Assumptions.assumeTrue(shared != null && Files.isDirectory(shared.resolve("seeds")), "no ../shared/seeds");
        reports = Corpus.analyze(shared.resolve("seeds"));
    }

    private static Stream<JsonNode> gold() throws IOException {
        try (Stream<Path> files = Files.list(shared.resolve("gold/seeds"))) {
            ObjectMapper mapper = new ObjectMapper();
            return files.filter(p -> p.getFileName().toString().matches("\\d.*\\.json")).sorted().map(p -> {
                try {
                    return mapper.readTree(p.toFile());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList().stream();
        }
    }

    @Test
    void publicationDatesMatchTheGold() throws IOException {
        gold().forEach(g -> assertThat(String.valueOf(reports.get(g.path("doc").asText()).publication().date()))
                .as(g.path("doc").asText()).isEqualTo(g.path("published").asText()));
    }

    @Test
    void outletsMatchTheGold() throws IOException {
        gold().forEach(g -> assertThat(reports.get(g.path("doc").asText()).outlet().name())
                .as(g.path("doc").asText()).isEqualTo(g.path("outlet").isNull() ? null : g.path("outlet").asText()));
    }

    @Test
    void cleanedTextHoldsNoFurnitureAndNoParagraphTwice() {
        for (Report report : reports.values()) {
            String text = report.body().text();
            assertThat(FURNITURE.matcher(text).find()).as("furniture in %s: %s", report.id(),
                    FURNITURE.matcher(text).results().map(m -> m.group()).toList()).isFalse();
            Set<String> seen = new HashSet<>();
            for (String paragraph : text.split("\n\\s*\n")) {
                String key = Corpus.squash(paragraph).toLowerCase();
                if (key.length() > 40) {
                    assertThat(seen.add(key)).as("repeated paragraph in %s: %s", report.id(), key).isTrue();
                }
            }
        }
    }

    @Test
    void offsetsOfEmbeddedPostsPointIntoTheText() {
        for (Report report : reports.values()) {
            String text = report.body().text();
            report.body().embeddedPosts().forEach(p -> {
                assertThat(p.end()).isLessThanOrEqualTo(text.length());
                assertThat(text.substring(p.start(), p.end())).contains(p.handle());
            });
        }
        List<String> withPosts = reports.values().stream().filter(r -> !r.body().embeddedPosts().isEmpty()).map(Report::id).toList();
        assertThat(withPosts).hasSizeGreaterThanOrEqualTo(2);
    }
}
