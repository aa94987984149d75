package io.github.amocrmspring.error;

/**
 * Raised when no answer was received from amoCRM: the connection could not be made, timed out, or was dropped.
 *
 * <p>The request may or may not have been applied by amoCRM; repeating a write after this exception can create
 * duplicates.
 */
public class AmoTransportException extends AmoException {

    private final boolean timeout;

    public AmoTransportException(String message, String accountHost, String path, boolean timeout, Throwable cause) {
        super(message, accountHost, path, cause);
        this.timeout = timeout;
    }

    /** Return whether the request timed out (rather than failing to connect or losing its connection). */
    public boolean isTimeout() {
        return this.timeout;
    }
}
