package org.sitrep.extract.event;

import org.sitrep.util.TsvResource;

import java.util.HashMap;
import java.util.Map;

/** ACLED's sub-event types with their event and disorder types ({@code acled-taxonomy.tsv}). */
public final class AcledTaxonomy {
    public static final String DEFAULT_RESOURCE = "/sitrep/data/acled-taxonomy.tsv";

    private final Map<String, String[]> bySubEvent;

    private AcledTaxonomy(Map<String, String[]> bySubEvent) {
        this.bySubEvent = Map.copyOf(bySubEvent);
    }

    public static AcledTaxonomy loadDefault() {
        Map<String, String[]> map = new HashMap<>();
        for (String[] row : TsvResource.rows(DEFAULT_RESOURCE, 3)) {
            map.put(row[0], new String[] {row[1], row[2], row.length > 3 && !row[3].isEmpty() ? row[3] : row[0]});
        }
        return new AcledTaxonomy(map);
    }

    /** True for a sub-event type of the taxonomy. */
    public boolean knows(String subEventType) {
        return bySubEvent.containsKey(subEventType);
    }

    /** The event type of a sub-event type ("Air/drone strike" gives "Explosions/Remote violence"). */
    public String eventType(String subEventType) {
        String[] row = bySubEvent.get(subEventType);
        if (row == null) {
            throw new IllegalArgumentException("not an ACLED sub-event type: " + subEventType);
        }
        return row[0];
    }

    /**
     * The fusion family of a sub-event type: types that reports of one incident confuse share one ("bombing",
     * "territory"); any other type, and an unknown one, is its own family.
     */
    public String family(String subEventType) {
        String[] row = bySubEvent.get(subEventType);
        return row == null ? subEventType : row[2];
    }

    /** True for a change of control (the family "territory"). */
    public boolean territorial(String subEventType) {
        return family(subEventType).equals("territory");
    }

    /** The disorder type of a sub-event type. */
    public String disorderType(String subEventType) {
        return bySubEvent.get(subEventType)[1];
    }
}
