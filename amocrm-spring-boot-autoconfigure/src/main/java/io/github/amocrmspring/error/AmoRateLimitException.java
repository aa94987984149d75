package io.github.amocrmspring.error;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Raised when amoCRM answers 429: more requests per second reached the account than it allows. */
public class AmoRateLimitException extends AmoApiException {

    private final @Nullable Duration retryAfter;

    public AmoRateLimitException(
            String accountHost,
            String method,
            String path,
            List<Integer> errorCodes,
            @Nullable String serverMessage,
            @Nullable Duration retryAfter) {
        super(
                message(accountHost, method, path, 429, errorCodes, serverMessage)
                        + ((retryAfter != null) ? "; retry after " + retryAfter.toSeconds() + " s" : ""),
                accountHost,
                path,
                429,
                errorCodes,
                serverMessage);
        this.retryAfter = retryAfter;
    }

    /** Return how long amoCRM asked to wait ({@code Retry-After} or {@code retry_after}), if it said. */
    public @Nullable Duration getRetryAfter() {
        return this.retryAfter;
    }
}
