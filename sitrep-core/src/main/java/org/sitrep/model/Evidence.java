package org.sitrep.model;

/**
 * Where a fact was read ({@code sitrep/1} Evidence).
 *
 * @param doc          the document id
 * @param start        first character in the document's cleaned text
 * @param end          end (exclusive)
 * @param text         exactly {@code text[start:end]}
 * @param attributedTo who the report says the fact comes from, or null
 * @param hedge        how the report holds it
 */
public record Evidence(String doc, int start, int end, String text, String attributedTo, Hedge hedge) {

    public Evidence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence span " + start + ".." + end);
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("evidence text does not fit its span");
        }
    }

    /** The evidence of {@code text[start:end]} of a document. */
    public static Evidence of(String doc, String body, int start, int end, String attributedTo, Hedge hedge) {
        return new Evidence(doc, start, end, body.substring(start, end), attributedTo, hedge);
    }
}
