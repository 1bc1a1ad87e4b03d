package org.sitrep.extract.figure;

/**
 * One rule of whether a count is a figure of its report. Sieves are asked in order; the first that has a say
 * decides, and a count no sieve decides is a figure.
 */
interface FigureSieve {

    enum Verdict { FIGURE, NOT_FIGURE }

    /** The verdict on the count, or null when this rule has no say. */
    Verdict judge(CountInContext c);
}
