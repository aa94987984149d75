package io.github.amocrmspring.sample.account;

/**
 * The stored tokens of an account, as the account page shows them (never the tokens themselves).
 *
 * @param kind how the account authorizes
 * @param expiresAt when the access token expires, formatted
 * @param lastRefresh when the tokens were last obtained, formatted
 * @param expired whether the access token has expired (the starter refreshes it on the next request)
 * @param needsAuthorization whether the account must be connected again
 */
public record TokenState(
        String kind, String expiresAt, String lastRefresh, boolean expired, boolean needsAuthorization) {}
