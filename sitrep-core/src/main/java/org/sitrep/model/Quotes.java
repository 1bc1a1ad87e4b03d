package org.sitrep.model;

import java.util.List;

/** The direct quotations of one report, in order of position. */
public record Quotes(List<Quote> quotes) {

    public Quotes {
        quotes = List.copyOf(quotes);
    }
}
