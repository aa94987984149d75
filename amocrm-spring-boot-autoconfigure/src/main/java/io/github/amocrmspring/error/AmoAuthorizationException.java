package io.github.amocrmspring.error;

import org.jspecify.annotations.Nullable;

/**
 * Raised when an account cannot be used until it is authorized again: amoCRM refused its credentials (401), a token
 * refresh was refused, the account has no tokens yet, or a first authorization failed.
 */
public class AmoAuthorizationException extends AmoException {

    private final int status;

    public AmoAuthorizationException(String message, String accountHost, @Nullable String path, int status) {
        this(message, accountHost, path, status, null);
    }

    public AmoAuthorizationException(
            String message, String accountHost, @Nullable String path, int status, @Nullable Throwable cause) {
        super(message, accountHost, path, cause);
        this.status = status;
    }

    @Override
    public int getStatus() {
        return this.status;
    }
}
