package org.sitrep.ingest;

import org.sitrep.model.ArchiveRecord;
import org.sitrep.pipeline.BaseStage;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Report;

import java.util.Set;

/** Bytes to normalised characters, and the input's format. */
public final class DecodeStage extends BaseStage {
    private final TextDecoder decoder = new TextDecoder();

    public DecodeStage() {
        super("decode", Set.of(Layer.RAW), Set.of(Layer.DECODED));
    }

    @Override
    public void process(Report report) {
        ArchiveRecord archived = report.raw().archived();
        TextDecoder.Result result = decoder.decode(report.raw().bytes(), report.raw().fileName(),
                archived == null ? null : archived.charset());
        if (result.warning() != null) {
            report.warn(result.warning());
        }
        report.setDecoded(result.decoded());
    }
}
