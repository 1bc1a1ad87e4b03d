package org.sitrep.relevance;

/**
 * Not English when few of the body's words are English function words ("the", "of", "and", "said"): they are a
 * third or more of any English prose, and a few in a hundred of French, Spanish, German, Portuguese, Italian, Turkish
 * or Indonesian, whose own function words are other words ({@code docs/relevance-gate.md} has the figures).
 */
final class EnglishWordsCheck implements RelevanceCheck {
    /**
     * Fewer words give too rough a share: a headline or a one-line caption may hold no function word at all. Such a
     * short body is left to the topic check, which sets a short foreign text aside as well (it holds no English
     * conflict word) and never calls a short English one foreign.
     */
    static final int MIN_WORDS = 20;
    /** The least share of function words an English body has, in percent; chosen from the measured shares. */
    static final int MIN_PERCENT = 15;

    @Override
    public Skip judge(BodyProfile body) {
        if (body.words() < MIN_WORDS || body.englishWords() * 100L >= MIN_PERCENT * (long) body.words()) {
            return null;
        }
        return new Skip(Skip.NOT_ENGLISH, "not English: " + RelevanceCheck.percent(body.englishWords(), body.words())
                + "% of its " + body.words() + " words are common English words");
    }
}
