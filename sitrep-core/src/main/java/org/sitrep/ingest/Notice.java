package org.sitrep.ingest;

/**
 * A one-line message about an input: a file that was skipped, or one that could not be read.
 *
 * @param source  the input, as the user would recognise it
 * @param message what happened, in a few words
 * @param failure true when the input was meant to be read and could not be (exit status 1)
 * @param reason  the short key skips and failures of the same cause are counted by ({@code "not English"}), or null
 *                when the message alone says it
 */
public record Notice(String source, String message, boolean failure, String reason) implements java.io.Serializable {

    public Notice(String source, String message, boolean failure) {
        this(source, message, failure, null);
    }

    public static Notice skipped(String source, String message) {
        return new Notice(source, message, false);
    }

    /** A skip counted under {@code reason}. */
    public static Notice skipped(String source, String reason, String message) {
        return new Notice(source, message, false, reason);
    }

    public static Notice failed(String source, String message) {
        return new Notice(source, message, true);
    }

    /** A failure counted under {@code reason}. */
    public static Notice failed(String source, String reason, String message) {
        return new Notice(source, message, true, reason);
    }

    /** What skips and failures are counted by: the reason, else the message. */
    public String countedAs() {
        return reason != null ? reason : message;
    }

    @Override
    public String toString() {
        return (failure ? "error: " : "skipped: ") + source + ": " + message;
    }
}
