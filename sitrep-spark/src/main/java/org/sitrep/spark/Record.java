package org.sitrep.spark;

import org.sitrep.ingest.Notice;
import org.sitrep.model.RawInput;

import java.io.Serializable;

/**
 * One report of an input file as read, or the notice of a part of it that holds none, with its place in the batch
 * ({@link Pos#order}); what reading hands to analysis, on the same executor or, when there are fewer files than
 * cores, across the cluster.
 *
 * @param page   the report read, its id as its input gives it (the batch numbers repeated ids later), or null
 * @param notice why a part of the input holds no report, or null
 */
record Record(long order, RawInput page, Notice notice) implements Serializable {
}
