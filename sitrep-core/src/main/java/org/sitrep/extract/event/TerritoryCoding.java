package org.sitrep.extract.event;

/**
 * Settles a change-of-control placeholder by who gained the place (ACLED): a state regains ground only in its own
 * country, a foreign state force taking ground overtakes it as a non-state actor would, a withdrawal is a
 * non-violent transfer.
 */
final class TerritoryCoding {
    private TerritoryCoding() {
    }

    static EventDraft code(EventDraft d, String stateCountry) {
        if (!d.subEvent.equals(Trigger.TERRITORY) && !d.subEvent.equals(Trigger.WITHDRAWAL)) {
            return d;
        }
        String sub;
        String rule;
        if (d.subEvent.equals(Trigger.WITHDRAWAL)) {
            sub = "Non-violent transfer of territory";
            rule = "sub_event_type:withdrawal";
        } else if (stateCountry != null && (d.place == null || d.place.country() == null
                || stateCountry.equals(d.place.country()))) {
            sub = "Government regains territory";
            rule = "sub_event_type:state-regains";
        } else {
            sub = "Non-state actor overtakes territory";
            rule = "sub_event_type:non-state-overtakes";
        }
        EventDraft coded = new EventDraft(sub, d.sentence);
        coded.absorb(d);
        coded.rules.putAll(d.rules);
        coded.rules.put("sub_event_type", rule);
        coded.ownDate = d.ownDate;
        coded.date = d.date;
        coded.precision = d.precision;
        coded.hedge = d.hedge;
        return coded;
    }
}
