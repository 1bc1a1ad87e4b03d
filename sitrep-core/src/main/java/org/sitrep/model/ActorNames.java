package org.sitrep.model;

/** What an actor name says of the actor, by ACLED's naming conventions (acled-inter-codes.tsv). */
public final class ActorNames {
    /** ACLED's prefix for armed attackers no report names ("Unidentified Armed Group (Somalia)"). */
    private static final String UNIDENTIFIED = "Unidentified Armed Group";

    private ActorNames() {
    }

    /** No actor, or ACLED's name for unnamed attackers: it fits any named actor of the same incident. */
    public static boolean unnamed(String actor) {
        return actor == null || actor.startsWith(UNIDENTIFIED);
    }

    /** Two actors of one incident do not contradict each other: one is unnamed, or they are the same. */
    public static boolean compatible(String x, String y) {
        return unnamed(x) || unnamed(y) || x.equals(y);
    }
}
