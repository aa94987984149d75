package io.github.amocrmspring.ratelimit;

/**
 * Keeps the requests sent to each amoCRM account under the rate amoCRM allows (7 per second per account).
 *
 * <p>Every HTTP request of the client, token refreshes and API-key logins included, calls {@link #acquire(String)}
 * right before it is sent.
 */
public interface AmoRateLimiter {

    /**
     * Block until one request may be sent to the given account.
     * @param accountHost the host of the account the request goes to
     * @throws io.github.amocrmspring.error.AmoRateLimiterTimeoutException if no permit could be had within the
     * limiter's timeout
     */
    void acquire(String accountHost);
}
