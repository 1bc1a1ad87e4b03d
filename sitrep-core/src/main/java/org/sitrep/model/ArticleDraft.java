package org.sitrep.model;

/**
 * The article as first separated from its container (HTML page or header line), before the
 * boilerplate of scraped text is removed.
 *
 * @param text         the article's text, paragraphs separated by blank lines
 * @param metadata     what the page said about itself
 * @param removedChars characters of the input already dropped (markup excluded, visible text counted)
 */
public record ArticleDraft(String text, PageMetadata metadata, int removedChars) {
}
