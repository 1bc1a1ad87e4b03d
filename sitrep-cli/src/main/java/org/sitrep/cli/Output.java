package org.sitrep.cli;

import java.nio.file.Path;

/**
 * One output a run was asked for: what it holds, and where it goes.
 *
 * @param option the option that asked for it ({@code --md}), or {@link #STANDARD_OUTPUT} for what a run prints
 *               there unless told otherwise
 * @param kind   what it holds
 * @param file   the file, or null for standard output ({@code -})
 */
record Output(String option, Kind kind, Path file) {

    static final String STANDARD_OUTPUT = "standard output";

    /** What an output holds. */
    enum Kind { JSON, CSV, GEOJSON, MARKDOWN }

    /** The output {@code option} asks for with {@code value}: {@code -} is standard output. */
    static Output of(String option, Kind kind, Path value) {
        return new Output(option, kind, value.toString().equals("-") ? null : value);
    }

    boolean toStdout() {
        return file == null;
    }

    /** How a message names it: {@code --md report.md}, {@code --json -}. */
    @Override
    public String toString() {
        return option.equals(STANDARD_OUTPUT) ? option : option + " " + (file == null ? "-" : file.toString());
    }
}
