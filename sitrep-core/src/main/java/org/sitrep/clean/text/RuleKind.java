package org.sitrep.clean.text;

import java.util.Locale;

/** What a boilerplate rule recognises, and so how the cleaner applies its pattern. */
public enum RuleKind {
    /** The whole trimmed line matches. */
    LINE,
    /** The pattern occurs somewhere in a short line. */
    SHORT_LINE,
    /** One signal of a donation or membership appeal; a line needs two (or one, if short). */
    APPEAL,
    /** The button text closing an appeal box; article text run on after it is kept. */
    APPEAL_END,
    /** The heading of a sidebar or news feed of other stories. */
    BLOCK_START,
    /** A line belonging to a list of other stories (timestamp, dated headline). */
    LIST_ITEM,
    /** A line starting this way links to another story. */
    INLINE_PREFIX,
    /** A photo caption or credit line (named groups {@code text} and {@code credit}). */
    CAPTION,
    /** The media or status link of an embedded social-media post. */
    EMBED_LINK,
    /** The signature line of an embedded post (named groups {@code author}, {@code handle}, {@code date}). */
    EMBED_SIGNATURE,
    /**
     * Literals ({@code |}-separated, not a regex) one of which every line must contain before the rules of the kind
     * named in the reason column are tried on it: a fast pre-test, so searching patterns stay cheap on long texts.
     */
    GATE;

    /** The name used in the data file ({@code short-line} for {@link #SHORT_LINE}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static RuleKind fromCode(String code) {
        for (RuleKind kind : values()) {
            if (kind.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown boilerplate rule kind: " + code);
    }
}
