package io.github.amocrmspring.error;

/** Root of the exceptions that the amoCRM client raises. */
public class AmoException extends RuntimeException {

    public AmoException(String message) {
        super(message);
    }

    public AmoException(String message, Throwable cause) {
        super(message, cause);
    }
}
