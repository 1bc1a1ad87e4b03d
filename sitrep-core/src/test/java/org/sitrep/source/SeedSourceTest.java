package org.sitrep.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sitrep.model.CleanBody;
import org.sitrep.model.DateClaim;
import org.sitrep.model.Outlet;
import org.sitrep.model.PageMetadata;
import org.sitrep.model.Publication;
import org.sitrep.model.PublishedBasis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real seed reports of the shared folder against their gold: publication date, its basis and the
 * outlet. The raw text is dated as it is (leftover boilerplate included), with only the header line read.
 * Skipped when the shared folder is not there.
 */
class SeedSourceTest {
    private static final Pattern HEADER = Pattern.compile("\\A\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\s*");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OutletDetector OUTLETS = OutletDetector.loadDefault();

    @TestFactory
    Stream<DynamicTest> seedsComeOutAsTheGoldSays() throws IOException {
        Path shared = Path.of(System.getProperty("sitrep.shared", "../shared"));
        Path seeds = shared.resolve("seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds) && Files.isDirectory(shared.resolve("gold/seeds")),
                "no shared seeds at " + shared);
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Assumptions.assumeFalse(files.isEmpty(), "no seeds");
        List<DynamicTest> tests = new ArrayList<>();
        for (Path seed : files) {
            String id = seed.getFileName().toString().replace(".txt", "");
            Path gold = shared.resolve("gold/seeds/" + id + ".json");
            if (!Files.exists(gold)) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(id, () -> check(seed, gold)));
        }
        return tests.stream();
    }

    private static void check(Path seed, Path goldFile) throws IOException {
        JsonNode gold = JSON.readTree(goldFile.toFile());
        String text = Files.readString(seed);
        List<DateClaim> claims = new ArrayList<>();
        Matcher m = HEADER.matcher(text);
        if (m.find()) {
            claims.add(new DateClaim(LocalDate.parse(m.group(1)), PublishedBasis.HEADER, "header line"));
            text = text.substring(m.end());
        }
        CleanBody body = new CleanBody(text, List.of(), List.of(), 0, List.of());
        Publication p = PublicationDaterTest.DATER.date(claims, body);
        String goldDate = gold.path("published").isNull() ? null : gold.path("published").asText(null);
        assertThat(p.date() == null ? null : p.date().toString()).as("published of %s (%s)", seed, p.how())
                .isEqualTo(goldDate);
        String goldBasis = gold.path("published_basis").isNull() ? null : gold.path("published_basis").asText(null);
        assertThat(p.basis() == null ? null : p.basis().json()).as("basis of %s", seed).isEqualTo(goldBasis);

        Outlet o = OUTLETS.detect(new PageMetadata(null, claims, List.of(), null), body, seed.toString());
        String goldOutlet = gold.path("outlet").isNull() ? null : gold.path("outlet").asText(null);
        assertThat(o.name()).as("outlet of %s (%s)", seed, o.basis()).isEqualTo(goldOutlet);
        if (gold.has("wires") && gold.get("wires").isArray()) {
            List<String> wires = new ArrayList<>();
            gold.get("wires").forEach(w -> wires.add(w.asText()));
            assertThat(o.wires()).as("wires of %s", seed).containsExactlyElementsOf(wires);
        }
    }
}
