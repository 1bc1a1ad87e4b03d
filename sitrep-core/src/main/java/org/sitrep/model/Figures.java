package org.sitrep.model;

import java.util.List;

/** The aggregate tallies of one report, in order of position. */
public record Figures(List<Figure> figures) {

    public Figures {
        figures = List.copyOf(figures);
    }
}
