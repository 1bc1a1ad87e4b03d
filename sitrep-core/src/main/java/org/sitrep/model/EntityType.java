package org.sitrep.model;

import java.util.Locale;

/** The types of {@code sitrep/1} entities. */
public enum EntityType {
    PERSON, ARMED_GROUP, STATE_FORCE, GOVERNMENT, ORGANIZATION, MEDIA, LOCATION;

    /** The spec's spelling ("armed_group"). */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type for a spec spelling ("state_force"). */
    public static EntityType of(String json) {
        return valueOf(json.strip().toUpperCase(Locale.ROOT));
    }

    /** True for the actor and organisation types (everything but people and places). */
    public boolean isOrganization() {
        return this != PERSON && this != LOCATION;
    }
}
