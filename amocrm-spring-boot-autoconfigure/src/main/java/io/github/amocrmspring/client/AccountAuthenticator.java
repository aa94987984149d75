package io.github.amocrmspring.client;

import io.github.amocrmspring.storage.AuthKind;
import org.jspecify.annotations.Nullable;

/**
 * Authorizes the requests of one account: supplies the credentials of each request and renews them when amoCRM
 * refuses them with 401. Implementations live in {@code io.github.amocrmspring.auth}.
 */
public interface AccountAuthenticator {

    /** Return how this account authorizes. */
    AuthKind kind();

    /**
     * Return the credentials for the next request, authorizing or refreshing first when needed.
     * @return the credentials, or {@code null} when requests carry none
     * @throws io.github.amocrmspring.error.AmoAuthorizationException if the account cannot be authorized
     */
    @Nullable
    RequestCredentials credentials();

    /**
     * Return new credentials after amoCRM refused the given ones with 401.
     * @param rejected the credentials amoCRM refused
     * @param attempt how many times this request has been refused so far, starting at 1
     * @param path the path of the refused request, for messages
     * @return the credentials to retry the request with
     * @throws io.github.amocrmspring.error.AmoAuthorizationException when the request must not be retried
     */
    RequestCredentials renew(@Nullable RequestCredentials rejected, int attempt, String path);
}
