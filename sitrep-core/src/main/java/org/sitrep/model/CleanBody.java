package org.sitrep.model;

import java.util.List;

/**
 * The report's own words: the text every later offset points into, with what was set apart.
 *
 * @param text          the cleaned body
 * @param captions      photo captions and credits removed from the body
 * @param embeddedPosts social-media posts kept in the body, marked with their author
 * @param removedChars  characters of the input dropped as boilerplate, in all stages
 * @param removed       the removed lines, each with the reason, for {@code --debug}
 */
public record CleanBody(String text, List<Caption> captions, List<EmbeddedPost> embeddedPosts, int removedChars,
                        List<Removal> removed) {

    public CleanBody {
        captions = List.copyOf(captions);
        embeddedPosts = List.copyOf(embeddedPosts);
        removed = List.copyOf(removed);
    }

    /** A piece of input taken out of the body, and why. */
    public record Removal(String text, String reason) {
    }
}
