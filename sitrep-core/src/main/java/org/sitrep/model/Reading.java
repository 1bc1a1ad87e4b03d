package org.sitrep.model;

import java.util.List;

/**
 * The linguistic backbone of one report: its tokens and sentences over the cleaned text.
 *
 * @param tokens    every token, with offsets into the body text
 * @param sentences the sentences in order; each covers a run of tokens
 */
public record Reading(Tokens tokens, List<Sentence> sentences) {

    public Reading {
        sentences = List.copyOf(sentences);
    }

    /** The sentence holding character {@code offset}, or null when it falls between sentences. */
    public Sentence sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }
}
