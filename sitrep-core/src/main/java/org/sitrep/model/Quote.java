package org.sitrep.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A direct quotation of a named or titled speaker ({@code sitrep/1} Quote).
 *
 * @param speaker     canonical name of the speaker, or the institution when no person is named
 * @param speakerRole the title or role the report gives the speaker, or null
 * @param text        the words inside the quotation marks, joined when split by "he said"
 * @param date        when it was said, when the report tells; else null
 * @param evidence    where it was read (at least one)
 */
public record Quote(String speaker, String speakerRole, String text, LocalDate date, List<Evidence> evidence) {

    public Quote {
        evidence = List.copyOf(evidence);
    }
}
