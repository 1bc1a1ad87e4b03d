package org.sitrep.pipeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An ordered list of stages, checked once when it is built: every stage finds the layers it requires
 * already added by an earlier one. Running it is a plain loop; the pipeline holds no per-report state
 * and is shared by all threads.
 */
public final class Pipeline {
    private final List<Stage> stages;

    public Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
        Set<Layer> available = EnumSet.of(Layer.RAW);
        for (Stage stage : this.stages) {
            for (Layer needed : stage.requires()) {
                if (!available.contains(needed)) {
                    throw new IllegalArgumentException(
                            "stage " + stage.name() + " requires " + needed + ", which no earlier stage adds");
                }
            }
            available.addAll(stage.adds());
        }
    }

    public List<Stage> stages() {
        return stages;
    }

    /** Runs every stage on the report, in order, within the thread's {@link Budget} if one is open. */
    public Report run(Report report) throws InputException {
        for (Stage stage : stages) {
            Budget.check();
            stage.process(report);
        }
        return report;
    }
}
