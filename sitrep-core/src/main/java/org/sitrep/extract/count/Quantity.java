package org.sitrep.extract.count;

import org.sitrep.model.Qualifier;

/**
 * A number as written in a sentence: tokens {@code [first, end)}, its qualifier included ("at least 13",
 * "nearly 6 million", "two").
 *
 * @param value     the number, or null for a vague quantity ("dozens", "several")
 * @param qualifier how the text qualifies it
 * @param vague     the words of a vague quantity, else null
 */
public record Quantity(int first, int end, Long value, Qualifier qualifier, String vague) {

    public boolean exact() {
        return value != null;
    }
}
