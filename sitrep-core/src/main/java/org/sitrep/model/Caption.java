package org.sitrep.model;

/**
 * A photo caption or credit taken out of the body.
 *
 * @param text   the caption as written
 * @param credit the credit ("Jane Doe / AFP via Getty Images"), or null
 */
public record Caption(String text, String credit) {
}
