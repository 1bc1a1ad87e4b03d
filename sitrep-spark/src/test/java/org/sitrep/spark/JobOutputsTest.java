package org.sitrep.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The tables of a large run hold, row for row and in order, the items of the sitrep/1 object. */
class JobOutputsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    private static JobOutputs outputs;
    private static JsonNode picture;

    private static final List<String> INPUTS = List.of(Path.of("..", "examples").toString());

    @BeforeAll
    static void run() throws Exception {
        JobResult result = new SitrepJob(SparkSessions.local(), Duration.ofSeconds(20))
                .run(INPUTS);
        outputs = new JobOutputs(result);
        Path json = tmp.resolve("picture.json");
        outputs.json(json);
        picture = JSON.readTree(json.toFile());
    }

    @Test
    void jsonLinesHoldEachItemOfTheObjectInOrder() throws IOException {
        Path dir = tmp.resolve("lines");
        outputs.jsonLines(dir.toString());
        for (String table : JobOutputs.TABLES) {
            List<JsonNode> rows = new ArrayList<>();
            for (String line : lines(dir.resolve(table))) {
                rows.add(JSON.readTree(line));
            }
            List<JsonNode> items = new ArrayList<>();
            picture.get(table).forEach(items::add);
            assertThat(items).as(table).isNotEmpty();
            assertThat(rows).as(table).isEqualTo(items);
        }
    }

    @Test
    void theAcledCsvIsTheCommandLines() throws IOException {
        Path csv = tmp.resolve("events.csv");
        outputs.csv(csv);
        assertThat(Files.readString(csv)).isEqualTo(CommandLinePicture.csv(INPUTS)).contains("event_id_cnty");
    }

    @Test
    void parquetTablesHoldTheSameRows() {
        Path dir = tmp.resolve("parquet");
        outputs.parquet(dir.toString());
        for (String table : JobOutputs.TABLES) {
            Dataset<Row> rows = SparkSessions.local().read().parquet(dir.resolve(table).toString());
            assertThat(rows.count()).as(table).isEqualTo(picture.get(table).size());
        }
        Dataset<Row> events = SparkSessions.local().read().parquet(dir.resolve("events").toString());
        assertThat(events.columns()).contains("id", "event_date", "event_type", "actor1", "fatalities", "sources",
                "evidence");
        Row first = events.orderBy("id").select("id", "event_type").first();
        assertThat(first.getString(0)).isNotBlank();
    }

    /** The lines of a folder of part files, in part order. */
    private static List<String> lines(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(folder)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(part));
            }
        }
        return lines;
    }
}
