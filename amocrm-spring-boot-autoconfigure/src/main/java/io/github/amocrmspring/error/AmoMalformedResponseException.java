package io.github.amocrmspring.error;

import org.jspecify.annotations.Nullable;

/** Raised when an answer from amoCRM cannot be understood: a body that is not JSON, or JSON of an unexpected shape. */
public class AmoMalformedResponseException extends AmoException {

    private final int status;

    public AmoMalformedResponseException(
            String message, String accountHost, @Nullable String path, int status, @Nullable Throwable cause) {
        super(message, accountHost, path, cause);
        this.status = status;
    }

    @Override
    public int getStatus() {
        return this.status;
    }
}
