package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class EventScoreTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private EngineOutput output(Path file) throws Exception {
        return new EngineOutput(MAPPER.readTree(file.toFile()));
    }

    @Test
    void countsMatchesPerDocumentAsTheScorerDoes() throws Exception {
        GoldCorpus gold = GoldCorpus.load(EvalFixtures.writeGold(dir));
        EventScore score = EventScore.of(gold, output(EvalFixtures.writeOutput(dir)));
        assertThat(gold.docs().keySet()).containsExactly("a", "b", "c");
        assertThat(score.events()).isEqualTo(new Prf(3, 7, 5));
        assertThat(score.events().fp()).isEqualTo(4);
        assertThat(score.events().fn()).isEqualTo(2);
        // e1-g0: actor and toll agree, the day does not; e4-g1: the day agrees, the toll does not; e5-h0 (not e6,
        // whose toll differs): no day against a day
        assertThat(score.slotHits()).containsEntry("actor1", 3).containsEntry("event_date", 1)
                .containsEntry("fatalities", 2).containsEntry("sub_event_type", 3).containsEntry("actor2", 3);
    }

    @Test
    void matchesNeedTheKindTheDayAndThePlace() throws Exception {
        GoldCorpus gold = GoldCorpus.load(EvalFixtures.writeGold(dir));
        EventMatcher matcher = new EventMatcher(gold.names(), output(EvalFixtures.writeOutput(dir)));
        JsonNode g1 = gold.events("a").get(1);
        JsonNode near = MAPPER.readTree(EvalFixtures.event("x", "a", "2030-05-12", "Battles", "Armed clash", "Nowhere",
                11.1, 21.0, null, null));
        JsonNode far = MAPPER.readTree(EvalFixtures.event("x", "a", "2030-05-12", "Battles", "Armed clash", "Nowhere",
                11.3, 21.0, null, null));
        JsonNode late = MAPPER.readTree(EvalFixtures.event("x", "a", "2030-05-13", "Battles", "Armed clash", "Easton",
                11.0, 21.0, null, null));
        assertThat(matcher.compare(near, g1)).isNotNull();
        assertThat(matcher.compare(far, g1)).isNull(); // about 33 km apart
        assertThat(matcher.compare(late, g1)).isNull();
        // one day off (1) + near (1 - 11.1/25) + sub-event, actor1 (both null), actor2 and toll (both null)
        double km = org.sitrep.geo.PlaceResolver.km(11.1, 21.0, 11.0, 21.0);
        assertThat(matcher.compare(near, g1)).isCloseTo(1 + (1 - km / 25) + 1.0 + 0.5, org.assertj.core.data.Offset
                .offset(1e-9));
    }

    /** The same pair through score.py itself, when the shared tools are next to this worktree. */
    @Test
    void agreesWithScorePyWhenItIsAtHand() throws Exception {
        Path script = findScorePy();
        assumeTrue(script != null, "shared/tools/score.py not found");
        Path goldDir = EvalFixtures.writeGold(dir);
        Path out = EvalFixtures.writeOutput(dir);
        Process p;
        try {
            p = new ProcessBuilder("python3", script.toString(), "--gold", goldDir.toString(), "--output",
                    out.toString(), "--json").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (java.io.IOException noPython) {
            assumeTrue(false, "python3 not available");
            return;
        }
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "score.py did not run");
        JsonNode report = MAPPER.readTree(stdout);
        EventScore score = EventScore.of(GoldCorpus.load(goldDir), output(out));
        assertThat(List.of(report.at("/events/tp").asInt(), report.at("/events/fp").asInt(),
                report.at("/events/fn").asInt())).containsExactly(score.events().tp(), score.events().fp(),
                score.events().fn());
        assertThat(report.at("/slots/pairs").asInt()).isEqualTo(score.events().tp());
        for (Map.Entry<String, Integer> hit : score.slotHits().entrySet()) {
            double ratio = report.at("/slots/" + hit.getKey()).asDouble();
            assertThat(Math.round(ratio * score.events().tp())).as(hit.getKey()).isEqualTo((long) hit.getValue());
        }
    }

    private static Path findScorePy() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("shared/tools/score.py");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
