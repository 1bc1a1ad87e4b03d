package org.sitrep.ingest;

import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Report;
import org.sitrep.pipeline.Stage;

import java.util.Set;

/** Bytes to normalised characters, and the input's format. */
public final class DecodeStage implements Stage {
    private final TextDecoder decoder = new TextDecoder();

    @Override
    public String name() {
        return "decode";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.RAW);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.DECODED);
    }

    @Override
    public void process(Report report) {
        TextDecoder.Result result = decoder.decode(report.raw().bytes(), report.raw().fileName());
        if (result.warning() != null) {
            report.warn(result.warning());
        }
        report.setDecoded(result.decoded());
    }
}
