package org.sitrep.source;

import org.sitrep.model.Publication;

/**
 * One source of a report's publication date (a sieve, as in Stanford's deterministic coreference system): the
 * header's claims, a date line, the dateline, the body's days, the batch. The sieves are tried in the order
 * {@link PublicationSieves#ORDER} writes; each decides the date or passes (returns null) so that the next,
 * weaker source may.
 */
interface PublicationSieve {

    /** The source's name in the rule report, "published:way" ("published:dateline"). */
    String name();

    /** The date this source gives the report, or null when it tells none. */
    Dating decide(DatingContext c);

    /**
     * A publication, and whether the report's own words leave it open (the batch's other reports may then decide
     * it, and it lends its date to none of them).
     */
    record Dating(Publication publication, boolean open) {
        static Dating fixed(Publication p) {
            return new Dating(p, false);
        }
    }
}
