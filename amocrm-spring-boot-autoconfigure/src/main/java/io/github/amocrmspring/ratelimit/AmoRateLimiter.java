package io.github.amocrmspring.ratelimit;

/**
 * Keeps the requests sent to each amoCRM account under the rate amoCRM allows (7 per second per account).
 *
 * <p>Every HTTP request of the client, token refreshes and API-key logins included, calls {@link #acquire(String)}
 * right before it is sent, and {@link #release(String)} once it is answered or has failed.
 */
public interface AmoRateLimiter {

    /**
     * Block until one request may be sent to the given account.
     * @param accountHost the host of the account the request goes to
     * @throws io.github.amocrmspring.error.AmoRateLimiterTimeoutException if no permit could be had within the
     * limiter's timeout
     */
    void acquire(String accountHost);

    /**
     * Tell the limiter that the request this thread was last permitted to send to the account has been answered,
     * or has failed. Limiters may use the time to judge when amoCRM really received the request; the default does
     * nothing.
     * @param accountHost the host of the account the request went to
     */
    default void release(String accountHost) {}
}
