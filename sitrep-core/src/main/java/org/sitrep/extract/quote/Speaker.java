package org.sitrep.extract.quote;

import org.sitrep.model.EntityType;

/**
 * Who a sentence says speaks, as its speech cue tells it.
 *
 * @param kind   named, a pronoun or definite description still to resolve, or indefinite ("a source said")
 * @param name   the speaker's name (null unless named), or for a definite description its words ("officer")
 * @param role   the title or apposition written with the speaker, or null; for a definite description the
 *               class of its noun ({@code person}, {@code group}, {@code document})
 * @param type   the speaker's entity type (null unless named)
 * @param cue    the token of the speech cue
 */
record Speaker(Kind kind, String name, String role, EntityType type, int cue) {

    enum Kind { NAMED, PERSON_PRONOUN, GROUP_PRONOUN, DESCRIBED, INDEFINITE }

    static Speaker named(String name, String role, EntityType type, int cue) {
        return new Speaker(Kind.NAMED, name, role, type, cue);
    }

    static Speaker of(Kind kind, int cue) {
        return new Speaker(kind, null, null, null, cue);
    }

    boolean isNamed() {
        return kind == Kind.NAMED;
    }

    boolean isPronoun() {
        return kind == Kind.PERSON_PRONOUN || kind == Kind.GROUP_PRONOUN;
    }

    boolean isPerson() {
        return type == EntityType.PERSON;
    }

    /** The same speaker as heard at another cue. */
    Speaker at(int cueToken) {
        return new Speaker(kind, name, role, type, cueToken);
    }
}
