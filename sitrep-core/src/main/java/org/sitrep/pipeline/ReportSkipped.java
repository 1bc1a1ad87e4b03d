package org.sitrep.pipeline;

/**
 * A report set aside on purpose, not a failure: a page of a web archive that is not in English or not about armed
 * conflict. Its message says why in a few words; its {@link #reason()} is the short key skips are counted by.
 */
public class ReportSkipped extends InputException {
    private final String reason;

    /**
     * @param reason  the key skips are counted by ({@code "not English"}, {@code "not about armed conflict"})
     * @param message the one-line message, which may add detail to the reason
     */
    public ReportSkipped(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
