package org.sitrep.text;

import org.sitrep.pipeline.BaseStage;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Report;

import java.util.Set;

/** Splits the cleaned body into sentences and tokens. */
public final class ReadingStage extends BaseStage {
    private final ReadingBuilder builder;

    public ReadingStage(ReadingBuilder builder) {
        super("reading", Set.of(Layer.BODY), Set.of(Layer.READING));
        this.builder = builder;
    }

    @Override
    public void process(Report report) {
        report.setReading(builder.read(report.body().text()));
    }
}
