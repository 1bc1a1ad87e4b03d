package org.sitrep.model;

import java.util.List;

/**
 * The article as first separated from its container (HTML page or header line), before the
 * boilerplate of scraped text is removed.
 *
 * @param text         the article's text, paragraphs separated by blank lines
 * @param metadata     what the page said about itself
 * @param removedChars characters of the input already dropped (markup excluded, visible text counted)
 * @param captions     photo captions the page marks as such ({@code figcaption}), kept apart from the text
 */
public record ArticleDraft(String text, PageMetadata metadata, int removedChars, List<Caption> captions) {

    public ArticleDraft {
        captions = List.copyOf(captions);
    }

    public ArticleDraft(String text, PageMetadata metadata, int removedChars) {
        this(text, metadata, removedChars, List.of());
    }
}
