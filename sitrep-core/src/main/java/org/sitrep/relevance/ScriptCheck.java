package org.sitrep.relevance;

/**
 * Not English when most of the body's letters are not Latin script (Cyrillic, Arabic, Han, Devanagari, ...): English
 * prose quotes a name or a phrase in another script now and then, never most of its text.
 */
final class ScriptCheck implements RelevanceCheck {
    /**
     * Fewer letters say too little to judge by (a caption, a line of a chart): such a body is left to the topic
     * check, where a text in another script finds no English conflict word anyway.
     */
    static final int MIN_LETTERS = 20;

    @Override
    public Skip judge(BodyProfile body) {
        if (body.letters() < MIN_LETTERS || body.otherLetters() <= body.latinLetters()) {
            return null;
        }
        return new Skip(Skip.NOT_ENGLISH, "not English: " + RelevanceCheck.percent(body.otherLetters(), body.letters())
                + "% of its letters are not Latin script");
    }
}
