package org.sitrep.relevance;

/**
 * Not about armed conflict when the body holds no trigger, actor or casualty word: a report of an incident of
 * political violence names what happened ("shelled", "clashes"), who did it ("militants", "troops") or what it cost
 * ("killed", "displaced"). A page without one gives the extractors nothing to read.
 */
final class ConflictWordsCheck implements RelevanceCheck {

    @Override
    public Skip judge(BodyProfile body) {
        if (body.conflictWords() > 0) {
            return null;
        }
        return new Skip(Skip.NOT_ABOUT_CONFLICT, body.words() == 0
                ? "not about armed conflict: no text is left once the page is cleaned"
                : "not about armed conflict: no trigger, actor or casualty word in its " + body.words() + " words");
    }
}
