package org.sitrep.names;

/**
 * A name or description found in one sentence, before the report as a whole settles what it refers to.
 *
 * @param zone       0 body, k the k-th caption
 * @param sentence   index of the sentence in its zone
 * @param start      first character
 * @param end        end (exclusive)
 * @param text       as written
 * @param category   what the sentence alone says it is
 * @param lexeme     the knowledge entry it matched, or null
 * @param orgType    for {@link Category#ORGANIZATION}, the entity type its head noun suggests
 * @param role       title or role written with a person, or null
 * @param precision  for places: the geo_precision its context gives (1, 2, or 3 for a division), else 0
 * @param placeCue   true when the words around it say it is a place ("the town of X", "in X")
 * @param facility   true for a named facility or street, resolved to the town it lies in
 * @param acronym    an acronym defined for it in parentheses right after it ("(KTJ)"), or null
 * @param guess      true when only the shape of the words made it a person (no title, role or speech verb)
 */
public record Candidate(int zone, int sentence, int start, int end, String text, Category category, Lexeme lexeme,
                        String orgType, String role, int precision, boolean placeCue, boolean facility,
                        String acronym, boolean guess) {

    /** What a candidate is, as far as its sentence tells. */
    public enum Category {
        /** A known actor, a description or a region from the dictionary. */
        KNOWN,
        /** A person (title, speech verb, apposition, or the shape of a personal name). */
        PERSON,
        /** An organisation by its head noun. */
        ORGANIZATION,
        /** A place by the gazetteer or its context. */
        PLACE,
        /** A capitalised word the sentence does not settle: a surname or an acronym used again later. */
        UNKNOWN
    }

    public Candidate with(Category c) {
        return new Candidate(zone, sentence, start, end, text, c, lexeme, orgType, role, precision, placeCue, facility,
                acronym, guess);
    }
}
