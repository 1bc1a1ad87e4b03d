package org.sitrep.extract.quote;

import org.sitrep.model.EntityType;

import java.time.LocalDate;

/**
 * One run of quoted words with the speaker found for it, before split quotations are joined.
 *
 * @param span          where the words are
 * @param speaker       the speaker's name
 * @param role          the speaker's title or role, or null
 * @param type          the speaker's entity type
 * @param date          the day it was said, or null
 * @param firstSentence the sentence the quotation opens in
 * @param lastSentence  the sentence it closes in
 * @param leading       true when the quotation opens its sentence (or carries one on), not a phrase inside it
 * @param inherited     true when no cue of its own gave the speaker (taken from the quotation or sentence before)
 */
record QuoteDraft(QuoteSpan span, String speaker, String role, EntityType type, LocalDate date,
                  int firstSentence, int lastSentence, boolean leading, boolean inherited) {
}
