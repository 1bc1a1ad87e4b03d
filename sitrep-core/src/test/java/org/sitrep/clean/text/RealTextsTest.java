package org.sitrep.clean.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sitrep.model.Caption;
import org.sitrep.model.CleanBody;
import org.sitrep.model.EmbeddedPost;
import org.sitrep.model.InputFormat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Checks the cleaner on texts this project does not ship: the scraped seeds in the shared folder and the
 * fictional examples with their answer key. Skipped where those folders are absent.
 */
class RealTextsTest {
    private static final BoilerplateCleaner CLEANER = BoilerplateCleaner.loadDefault();
    private static final Pattern HEADER =
            Pattern.compile("\\A[ \\t]*(?:date|published|pubdate)[ \\t]*:?[ \\t]*\\d{4}-\\d{2}-\\d{2}[ \\t]*\\n?");

    /** Paragraph (non-empty line) counts and embedded posts of each seed after cleaning, checked by reading them. */
    private static final Map<String, int[]> SEEDS = Map.of(
            "000", new int[]{12, 0, 1},
            "001", new int[]{50, 0, 0},
            "002", new int[]{11, 1, 0},
            "003", new int[]{27, 5, 0},
            "004", new int[]{20, 0, 0});

    private static Path sharedSeeds() {
        String shared = System.getProperty("sitrep.shared", "/work/shared");
        return Path.of(shared, "seeds");
    }

    private static Path examples() {
        List<Path> candidates = new ArrayList<>();
        String root = System.getProperty("sitrep.root");
        if (root != null) {
            candidates.add(Path.of(root, "examples"));
        }
        candidates.add(Path.of("/work/main/examples"));
        for (Path dir : candidates) {
            if (Files.isRegularFile(dir.resolve("expected.json"))) {
                return dir;
            }
        }
        return null;
    }

    private static String stripHeader(String text) {
        return HEADER.matcher(text).replaceFirst("");
    }

    @TestFactory
    Stream<DynamicTest> seedsKeepTheArticleAndLoseTheRest() throws IOException {
        Path dir = sharedSeeds();
        assumeTrue(Files.isDirectory(dir), "no shared seeds at " + dir);
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assumeTrue(!files.isEmpty());
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String input = stripHeader(Files.readString(file));
            CleanBody body = CLEANER.clean(input, InputFormat.TEXT);
            String text = body.text();
            List<String> paragraphs = text.lines().filter(l -> !l.isBlank()).toList();
            int[] expected = SEEDS.get(file.getFileName().toString().substring(0, 3));
            if (expected != null) {
                assertThat(paragraphs).hasSize(expected[0]);
                assertThat(body.embeddedPosts()).hasSize(expected[1]);
                assertThat(body.captions()).hasSize(expected[2]);
            }
            assertNoRepeats(paragraphs);
            assertCleanAgainIsNoOp(text);
            assertPostsWellFormed(body);
            // every long input line that went is boilerplate of a known kind, never an unexplained loss
            for (CleanBody.Removal removal : body.removed()) {
                assertThat(removal.reason()).isIn("appeal", "navigation", "caption", "notice", "sidebar",
                        "newsletter", "related headline", "repeated paragraph", "repeated embedded post");
            }
            // every input line kept or removed: nothing silently lost
            for (String line : input.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
                boolean kept = text.contains(line);
                boolean removed = body.removed().stream().anyMatch(r -> r.text().equals(line));
                assertThat(kept || removed).as("line accounted for: %s", line).isTrue();
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> examplesMatchTheirAnswerKey() throws IOException {
        Path dir = examples();
        assumeTrue(dir != null, "no examples/expected.json");
        JsonNode key = new ObjectMapper().readTree(dir.resolve("expected.json").toFile());
        List<DynamicTest> tests = new ArrayList<>();
        key.fields().forEachRemaining(entry -> {
            Path file = dir.resolve(entry.getKey() + ".txt");
            if (!Files.isRegularFile(file)) {
                return;
            }
            JsonNode expected = entry.getValue();
            tests.add(DynamicTest.dynamicTest(entry.getKey(), () -> {
                CleanBody body = CLEANER.clean(stripHeader(Files.readString(file)), InputFormat.TEXT);
                String text = body.text();
                for (JsonNode phrase : expected.path("must_keep")) {
                    assertThat(text).as("must keep").contains(phrase.asText());
                }
                for (JsonNode phrase : expected.path("must_drop")) {
                    assertThat(text).as("must drop").doesNotContain(phrase.asText());
                }
                List<String> captions = body.captions().stream().map(Caption::text).toList();
                for (JsonNode caption : expected.path("captions")) {
                    assertThat(captions).contains(caption.asText());
                    assertThat(text).doesNotContain(caption.asText());
                }
                List<String> handles = body.embeddedPosts().stream().map(EmbeddedPost::handle).toList();
                List<String> wanted = new ArrayList<>();
                expected.path("embedded_posts").forEach(p -> wanted.add(p.path("handle").asText()));
                assertThat(handles).containsExactlyElementsOf(wanted);
                for (int i = 0; i < wanted.size(); i++) {
                    JsonNode want = expected.path("embedded_posts").get(i);
                    EmbeddedPost post = body.embeddedPosts().get(i);
                    assertThat(post.author()).isEqualTo(want.path("author").asText());
                    assertThat(String.valueOf(post.date())).isEqualTo(want.path("date").asText());
                }
                assertNoRepeats(text.lines().filter(l -> !l.isBlank()).toList());
                assertPostsWellFormed(body);
            }));
        });
        assumeTrue(!tests.isEmpty(), "no .txt examples listed in expected.json");
        return tests.stream();
    }

    private static void assertNoRepeats(List<String> paragraphs) {
        Set<String> seen = new HashSet<>();
        for (String p : paragraphs) {
            if (p.startsWith("—") || p.startsWith("–")) {
                continue; // post signatures of one account repeat by nature
            }
            assertThat(seen.add(TextNormalizer.normalize(p, 0, p.length()))).as("repeated: %s", p).isTrue();
        }
    }

    private static void assertCleanAgainIsNoOp(String text) {
        CleanBody again = CLEANER.clean(text, InputFormat.TEXT);
        assertThat(again.removed()).as("boilerplate left in the cleaned text").isEmpty();
    }

    private static void assertPostsWellFormed(CleanBody body) {
        for (EmbeddedPost post : body.embeddedPosts()) {
            String span = body.text().substring(post.start(), post.end());
            assertThat(span).contains(post.handle());
            assertThat(span.lines().reduce((a, b) -> b).orElseThrow()).matches("[—–-].*\\(@\\w+\\).*\\d{4}");
            assertThat(post.start() == 0 || body.text().charAt(post.start() - 1) == '\n').isTrue();
            if (post.url() != null) {
                assertThat(span).contains(post.url());
            }
        }
    }
}
