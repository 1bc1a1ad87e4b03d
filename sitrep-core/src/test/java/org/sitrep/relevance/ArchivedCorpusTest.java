package org.sitrep.relevance;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.IdAllocator;
import org.sitrep.ingest.InputCollector;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.InputRef;
import org.sitrep.model.ArchiveRecord;
import org.sitrep.model.RawInput;
import org.sitrep.pipeline.InputException;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Report;
import org.sitrep.pipeline.ReportSkipped;
import org.sitrep.pipeline.Stage;
import org.sitrep.pipeline.StandardPipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared dev corpus and seeds, every one a report of armed conflict in English, read as if they came from a web
 * archive: the gate sets none aside. Runs the pipeline only up to the gate. Skipped when the shared folder is not
 * beside the project.
 */
class ArchivedCorpusTest {

    @Test
    void theGatePassesEveryConflictReportOfTheSharedCorpus() throws Exception {
        Path shared = Path.of(System.getProperty("sitrep.shared", "../shared"));
        List<Path> folders = List.of(shared.resolve("corpus/dev/articles"), shared.resolve("seeds"));
        Assumptions.assumeTrue(folders.stream().allMatch(Files::isDirectory), "no shared corpus at " + shared);
        Pipeline pipeline = StandardPipeline.create();
        List<String> skipped = new ArrayList<>();
        int read = 0;
        for (RawInput raw : archived(folders)) {
            Report report = new Report(raw);
            try {
                for (Stage stage : pipeline.stages()) {
                    stage.process(report);
                    if (stage instanceof RelevanceStage) {
                        break;
                    }
                }
            } catch (ReportSkipped skip) {
                skipped.add(raw.source() + ": " + skip.getMessage());
            }
            read++;
        }
        assertThat(read).isGreaterThanOrEqualTo(53);
        assertThat(skipped).isEmpty();
    }

    private static List<RawInput> archived(List<Path> folders) throws InputException {
        InputReader reader = new InputReader();
        IdAllocator ids = new IdAllocator();
        List<RawInput> out = new ArrayList<>();
        for (InputRef ref : new InputCollector().collect(folders.stream().map(Path::toString).toList()).inputs()) {
            for (RawInput r : reader.read(ref, ids).inputs()) {
                out.add(new RawInput(r.id(), r.source(), r.fileName(), r.bytes(), r.given(),
                        new ArchiveRecord("dev.warc.gz", null, null)));
            }
        }
        return out;
    }
}
