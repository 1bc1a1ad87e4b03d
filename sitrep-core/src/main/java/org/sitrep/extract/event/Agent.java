package org.sitrep.extract.event;

/**
 * Who acted in an event, as the actor sieves decide it.
 *
 * @param name  the canonical actor name
 * @param state the country whose state forces acted, or null (decides how a change of control is coded)
 * @param own   the acting forces are the cited source's own ("its troops"): the sentence is its claim
 * @param rule  the rule that found it, when it is finer than the sieve that passed it on
 * @param kind  for an actor ACLED names by the event's country ("Unidentified Armed Group (X)"), its template kind
 *              of actor-countries.tsv, so that the name follows the event's place once it is settled; else null
 */
record Agent(String name, String state, boolean own, String rule, String kind) {
    Agent(String name, String state, boolean own, String rule) {
        this(name, state, own, rule, null);
    }
}
