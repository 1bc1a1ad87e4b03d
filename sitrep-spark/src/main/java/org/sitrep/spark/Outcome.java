package org.sitrep.spark;

import org.sitrep.ingest.Notice;
import org.sitrep.model.RawInput;
import org.sitrep.source.BatchDating;

import java.io.Serializable;

/**
 * What became of one report, or of one part of an input that holds none, as an executor hands it on.
 *
 * @param order    the report's place in the batch ({@link Pos#order})
 * @param baseId   the id its input gave it, before the batch numbers repeated ids; null for an input part that
 *                 could not be read (no report, no id, as on the command line)
 * @param row      the report's facts and what the corpus steps read of them, or null
 * @param notice   why there are no facts (skipped on purpose, unreadable, too costly), or null
 * @param read     true for a notice of reading (the command line lists these before those of analysis)
 * @param entry    what batch dating reads of the report, or null
 * @param lendable the report's input, kept only when its own words leave its day open (the batch may date it)
 */
record Outcome(long order, String baseId, ReportRow row, Notice notice, boolean read, BatchDating.Entry entry,
               RawInput lendable) implements Serializable {

    static Outcome ofNotice(long order, String baseId, Notice notice, boolean read) {
        return new Outcome(order, baseId, null, notice, read, null, null);
    }
}
