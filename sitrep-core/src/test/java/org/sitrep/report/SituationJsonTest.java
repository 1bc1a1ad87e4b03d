package org.sitrep.report;

import org.junit.jupiter.api.Test;
import org.sitrep.fuse.Situation;
import org.sitrep.ingest.Notice;
import org.sitrep.pipeline.Analysis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SituationJsonTest {

    @Test
    void aProblemIsWrittenSourceFirstOnEveryRun() throws IOException {
        // the same object, byte for byte, from every run and every machine (a cluster job is held to the command line)
        Analysis analysis = new Analysis(List.of(), List.of(Notice.failed("crawl.warc.gz", "truncated", "truncated: "
                + "the archive ends inside a record"), Notice.skipped("notes.csv", "not a report")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SituationJson().write(new Situation(analysis, List.of(), List.of(), List.of(), Map.of()), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"problems\" : [ {\n    \"source\" : "
                + "\"crawl.warc.gz\",\n    \"message\" : \"truncated: the archive ends inside a record\"\n  } ]");
    }

    @Test
    void anItemIsOneLineOfJsonForTheTablesOfALargeRun() {
        assertThat(new SituationJson().line(Map.of("id", "e1"))).isEqualTo("{\"id\":\"e1\"}");
    }
}
