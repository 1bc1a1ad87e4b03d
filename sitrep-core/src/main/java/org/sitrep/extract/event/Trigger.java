package org.sitrep.extract.event;

/**
 * What a trigger phrase of {@code event-triggers.tsv} implies.
 *
 * @param subEvent    an ACLED sub-event type, or a placeholder settled from context ({@link #TERRITORY},
 *                    {@link #WITHDRAWAL}, {@link #STRIKE}, {@link #KILLING}, {@link #ANAPHOR})
 * @param noun        true for a noun (agent before it as a modifier or after "by"), false for a verb
 * @param civilians   the sub-event implies civilian victims
 * @param placeObject the places right after it are what it acts on: one event per place
 */
public record Trigger(String subEvent, boolean noun, boolean civilians, boolean placeObject) {
    public static final String TERRITORY = "territory";
    public static final String WITHDRAWAL = "withdrawal";
    public static final String STRIKE = "strike";
    public static final String KILLING = "killing";
    public static final String ANAPHOR = "anaphor";

    public boolean territorial() {
        return subEvent.equals(TERRITORY) || subEvent.equals(WITHDRAWAL);
    }
}
