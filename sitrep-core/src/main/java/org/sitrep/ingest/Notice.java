package org.sitrep.ingest;

/**
 * A one-line message about an input: a file that was skipped, or one that could not be read.
 *
 * @param source  the input, as the user would recognise it
 * @param message what happened, in a few words
 * @param failure true when the input was meant to be read and could not be (exit status 1)
 */
public record Notice(String source, String message, boolean failure) {

    public static Notice skipped(String source, String message) {
        return new Notice(source, message, false);
    }

    public static Notice failed(String source, String message) {
        return new Notice(source, message, true);
    }

    @Override
    public String toString() {
        return (failure ? "error: " : "skipped: ") + source + ": " + message;
    }
}
