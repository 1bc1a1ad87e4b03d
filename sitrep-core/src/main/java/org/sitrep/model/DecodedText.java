package org.sitrep.model;

/**
 * The characters of an input: decoded, NFC-normalised, line breaks made {@code \n}.
 *
 * @param text    the decoded characters
 * @param charset the encoding that was detected
 * @param format  the markup the text is in
 */
public record DecodedText(String text, String charset, InputFormat format) {
}
