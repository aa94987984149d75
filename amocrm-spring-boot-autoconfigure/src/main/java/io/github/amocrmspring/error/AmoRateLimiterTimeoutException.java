package io.github.amocrmspring.error;

/**
 * Raised when the client's own rate limiter could not give a request a permit within its timeout, so the request
 * was not sent.
 */
public class AmoRateLimiterTimeoutException extends AmoException {

    public AmoRateLimiterTimeoutException(String message, String accountHost) {
        super(message, accountHost, null);
    }
}
