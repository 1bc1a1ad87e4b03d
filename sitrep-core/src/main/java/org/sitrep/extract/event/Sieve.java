package org.sitrep.extract.event;

/**
 * One rule of an ordered chain (a sieve, as in Stanford's deterministic coreference system): it decides one slot
 * of the event a trigger tells, or passes by returning null so that the next, less precise rule may.
 *
 * @param <T> what the rule decides
 */
interface Sieve<T> {

    /** The rule's name in the rule report, "slot:way" ("actor1:by-phrase"). */
    String name();

    /** The value this rule gives the slot, or null when it does not apply. */
    T decide(TriggerContext c);
}
