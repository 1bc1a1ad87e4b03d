package org.sitrep.model;

/**
 * One sentence of a report's cleaned text.
 *
 * @param index      position among the report's sentences, from 0
 * @param start      first character in the body text
 * @param end        end (exclusive)
 * @param firstToken index of its first token in {@link Tokens}
 * @param endToken   index after its last token
 * @param paragraph  index of the line (paragraph) it lies in
 * @param headline   true for a line written as a headline (title case, no closing punctuation)
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken, int paragraph, boolean headline) {

    public int tokenCount() {
        return endToken - firstToken;
    }
}
