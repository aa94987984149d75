package io.github.amocrmspring.error;

import org.jspecify.annotations.Nullable;

/**
 * Root of every exception the amoCRM client raises.
 *
 * <p>Each exception names the account host and, when a request was involved, its path (without the query). No
 * message ever carries an access token, a refresh token, a client secret, an authorization code or an API key.
 */
public class AmoException extends RuntimeException {

    private final @Nullable String accountHost;

    private final @Nullable String path;

    public AmoException(String message, @Nullable String accountHost, @Nullable String path) {
        this(message, accountHost, path, null);
    }

    public AmoException(
            String message, @Nullable String accountHost, @Nullable String path, @Nullable Throwable cause) {
        super(message, cause);
        this.accountHost = accountHost;
        this.path = path;
    }

    /** Return the host of the account the failure concerns, if known. */
    public @Nullable String getAccountHost() {
        return this.accountHost;
    }

    /** Return the path of the request that failed (without its query), if a request was involved. */
    public @Nullable String getPath() {
        return this.path;
    }

    /** Return the HTTP status amoCRM answered with, or 0 when no answer was received. */
    public int getStatus() {
        return 0;
    }

    /** Describe a request for messages: {@code "account acme.amocrm.ru, GET /api/v2/leads"}. */
    protected static String describe(@Nullable String accountHost, @Nullable String method, @Nullable String path) {
        StringBuilder description = new StringBuilder("account ").append((accountHost != null) ? accountHost : "?");
        if (path != null) {
            description.append(", ");
            if (method != null) {
                description.append(method).append(' ');
            }
            description.append(path);
        }
        return description.toString();
    }
}
