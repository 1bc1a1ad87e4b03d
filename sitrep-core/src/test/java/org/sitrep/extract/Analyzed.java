package org.sitrep.extract;

import org.sitrep.model.RawInput;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Report;
import org.sitrep.pipeline.StandardPipeline;

import java.nio.charset.StandardCharsets;

/** Runs short texts written for the extraction tests through the whole pipeline, published on a known day. */
public final class Analyzed {
    private static final Pipeline PIPELINE = StandardPipeline.create();

    private Analyzed() {
    }

    /** The report of {@code text}, published on Friday 2025-03-14. */
    public static Report report(String text) {
        return report("2025-03-14", text);
    }

    public static Report report(String published, String text) {
        Report r = new Report(new RawInput("t", "t.txt", "t.txt",
                (" date " + published + "\n" + text).getBytes(StandardCharsets.UTF_8)));
        try {
            return PIPELINE.run(r);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
