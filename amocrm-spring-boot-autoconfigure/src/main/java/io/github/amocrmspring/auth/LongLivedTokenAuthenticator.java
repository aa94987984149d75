package io.github.amocrmspring.auth;

import io.github.amocrmspring.client.AccountAuthenticator;
import io.github.amocrmspring.client.RequestCredentials;
import io.github.amocrmspring.error.AmoAuthorizationException;
import io.github.amocrmspring.storage.AuthKind;
import org.jspecify.annotations.Nullable;

/**
 * Authorizes the requests of one account with a long-lived token (a token without a refresh token, as Kommo issues
 * for private integrations). It is used as it is; when amoCRM refuses it, there is nothing to refresh.
 */
public class LongLivedTokenAuthenticator implements AccountAuthenticator {

    private final String accountHost;

    private final RequestCredentials credentials;

    public LongLivedTokenAuthenticator(String accountHost, String accessToken) {
        this.accountHost = accountHost;
        this.credentials = RequestCredentials.bearer(accessToken);
    }

    @Override
    public AuthKind kind() {
        return AuthKind.LONG_LIVED_TOKEN;
    }

    @Override
    public RequestCredentials credentials() {
        return this.credentials;
    }

    @Override
    public RequestCredentials renew(@Nullable RequestCredentials rejected, int attempt, String path) {
        throw new AmoAuthorizationException(
                "amoCRM refused the long-lived token of account " + this.accountHost + " for " + path
                        + "; it has expired or was revoked: generate a new one in the integration's settings",
                this.accountHost,
                path,
                401);
    }
}
