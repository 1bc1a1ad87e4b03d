package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RulesCommandTest extends CapturedOutput {
    @TempDir
    Path dir;

    private Path corpus() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("one.txt"), " date 2025-03-04\nDrones struck a depot near Odesa on Tuesday, "
                + "killing two guards, officials said.\n");
        Files.writeString(articles.resolve("two.txt"), " date 2025-03-05\nThe market reopened on Wednesday.\n");
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(gold.resolve("actors.json"), "{}");
        Files.writeString(gold.resolve("one.json"), "{\"doc\": \"one\", \"events\": [{\"event_date\": \"2025-03-04\", "
                + "\"event_type\": \"Explosions/Remote violence\", \"sub_event_type\": \"Air/drone strike\", "
                + "\"actor1\": null, \"actor2\": null, \"location\": {\"name\": \"Odesa\", \"lat\": 46.48, "
                + "\"lon\": 30.73}, \"fatalities\": 2}]}");
        return dir;
    }

    @Test
    void printsTheTableAndWritesJson() throws Exception {
        Path root = corpus();
        Path json = root.resolve("out/rules.json");
        int status = Main.execute("rules", "--gold", root.resolve("gold").toString(), root.resolve("articles").toString(),
                "--json", json.toString(), "--threads", "1");
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String table = out.toString(StandardCharsets.UTF_8);
        assertThat(table).contains("rule report: 1 reports with gold (1 more without, left out)")
                .contains("events per report, before fusion").contains("events (score.py's events line)")
                .containsPattern("(?m)^total +every slot");
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.at("/reports/with_gold").asInt()).isEqualTo(1);
        assertThat(report.at("/events/output/fn").asInt() + report.at("/events/output/tp").asInt()).isEqualTo(1);
        assertThat(report.path("rules").isArray()).isTrue();
        assertThat(report.at("/slots/trigger").isObject()).isTrue();
    }

    @Test
    void writesOnlyJsonToStandardOutputWithDash() throws Exception {
        Path root = corpus();
        int status = Main.execute("rules", "--gold", root.resolve("gold").toString(), root.resolve("articles").toString(),
                "--json", "-");
        assertThat(status).isZero();
        JsonNode report = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(report.at("/reports/without_gold").asInt()).isEqualTo(1);
    }

    @Test
    void aMissingGoldFolderIsAnError() {
        int status = Main.execute("rules", "--gold", dir.resolve("nowhere").toString(), dir.toString());
        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("gold folder").contains("does not exist");
        assertThat(Main.execute("rules", dir.toString())).isEqualTo(2); // --gold is required
    }

    @Test
    void listsEveryDecisionOfTheRulesItIsAskedFor() throws Exception {
        Path root = corpus();
        int status = Main.execute("rules", "--gold", root.resolve("gold").toString(), root.resolve("articles").toString(),
                "--sieve", "place:", "--threads", "1");
        assertThat(status).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("AGREED  place:").contains("one#e1 place: Odesa")
                .contains("| Drones struck a depot near Odesa");
        assertThat(text).doesNotContain("actor1:");
    }
}
