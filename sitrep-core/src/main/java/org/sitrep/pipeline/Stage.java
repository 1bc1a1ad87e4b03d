package org.sitrep.pipeline;

import java.util.Set;

/**
 * One step of the analysis: reads some layers of a {@link Report} and adds others. A stage is
 * stateless apart from the shared, immutable resources it was built with, so one instance serves all
 * threads.
 */
public interface Stage {

    /** A short name for logs and benchmarks. */
    String name();

    /** The layers this stage reads. */
    Set<Layer> requires();

    /** The layers this stage adds. */
    Set<Layer> adds();

    /**
     * Adds this stage's layers to the report.
     *
     * @throws InputException when the input cannot be analysed (the message says why, in one line)
     */
    void process(Report report) throws InputException;
}
