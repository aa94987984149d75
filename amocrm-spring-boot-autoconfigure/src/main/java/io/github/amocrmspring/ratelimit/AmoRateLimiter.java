package io.github.amocrmspring.ratelimit;

/** Spaces the requests sent to each amoCRM account so that none is refused for exceeding its rate. */
public interface AmoRateLimiter {

    /**
     * Block until one request may be sent to the given account.
     * @param accountHost the host of the account, such as {@code acme.amocrm.ru}
     */
    void acquire(String accountHost);
}
