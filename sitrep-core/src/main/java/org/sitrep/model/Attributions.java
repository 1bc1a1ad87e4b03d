package org.sitrep.model;

import java.util.List;

/**
 * Who each sentence of a report says its facts come from, and how it hedges them.
 *
 * @param frames one per sentence, in the order of {@link Reading#sentences()}
 */
public record Attributions(List<SourceFrame> frames) {

    public Attributions {
        frames = List.copyOf(frames);
    }

    /** The frame of sentence {@code index}. */
    public SourceFrame of(int index) {
        return frames.get(index);
    }
}
