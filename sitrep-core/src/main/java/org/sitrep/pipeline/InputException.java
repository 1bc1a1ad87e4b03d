package org.sitrep.pipeline;

/** An input that cannot be read or analysed; the message is one line a user can act on. */
public class InputException extends Exception {

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
