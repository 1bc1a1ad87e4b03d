package org.sitrep.ingest;

import java.util.HashSet;
import java.util.Set;

/**
 * Makes document ids unique within one batch: the first {@code report} stays {@code report}, the next ones become
 * {@code report-2}, {@code report-3}. One per batch (a run, a request); thread-safe, though a batch that wants
 * the same ids on every run allocates them in a fixed order.
 */
public class IdAllocator {
    private final Set<String> taken = new HashSet<>();

    /**
     * An allocator that gives every base back as it is, numbering nothing: for a reader whose batch makes its ids
     * unique later, once it knows them all in order (a cluster job reads its files on many machines at once).
     */
    public static IdAllocator verbatim() {
        return new IdAllocator() {
            @Override
            public String allocate(String base) {
                return base;
            }
        };
    }

    /** A new id made from {@code base}: the base itself when no earlier id took it, else the base numbered. */
    public synchronized String allocate(String base) {
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
