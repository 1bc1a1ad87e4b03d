package org.sitrep.relevance;

/**
 * What one pass over a cleaned body counts, all the gate's checks read.
 *
 * @param latinLetters   letters of the Latin script
 * @param otherLetters   letters of any other script (Cyrillic, Arabic, Han, ...)
 * @param words          words holding a letter
 * @param englishWords   words that are English function words ({@code english-function-words.txt})
 * @param conflictWords  words that are trigger, actor or casualty words of armed conflict
 */
public record BodyProfile(int latinLetters, int otherLetters, int words, int englishWords, int conflictWords) {

    public int letters() {
        return latinLetters + otherLetters;
    }
}
