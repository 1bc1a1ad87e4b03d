package org.sitrep.spark;

import org.sitrep.model.Figure;

import java.time.LocalDate;

/** A figure and its report's publication day (a claim without an "as of" day holds on that day). */
record DatedFigure(Figure figure, LocalDate published) {
}
