package org.sitrep.model;

/**
 * The source and hedge of one sentence: "according to the Syrian Observatory" gives the Observatory,
 * {@link Hedge#REPORTED}; "CNN cannot independently verify the figures" makes the facts it refers to
 * {@link Hedge#UNVERIFIED}.
 *
 * @param source   canonical name of who the sentence says the facts come from, or null
 * @param hedge    how the sentence holds them
 * @param cue      the words that tell it ("according to", "reportedly"), or null when asserted
 * @param party    true when the source is a party to the fighting (its claims are {@link Hedge#CLAIMED})
 */
public record SourceFrame(String source, Hedge hedge, String cue, boolean party) {

    public static final SourceFrame ASSERTED = new SourceFrame(null, Hedge.ASSERTED, null, false);
}
