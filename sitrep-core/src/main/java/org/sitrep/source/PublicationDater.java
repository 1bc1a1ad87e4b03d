package org.sitrep.source;

import org.sitrep.model.CleanBody;
import org.sitrep.model.DateClaim;
import org.sitrep.model.Publication;

import java.util.List;

/** Decides the publication date. (Placeholder: metadata only.) */
public final class PublicationDater {

    public Publication date(List<DateClaim> claims, CleanBody body) {
        if (!claims.isEmpty()) {
            DateClaim best = claims.get(0);
            return new Publication(best.date(), best.basis(), best.how());
        }
        return Publication.UNKNOWN;
    }
}
