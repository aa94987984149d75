package io.github.amocrmspring.client;

import java.net.URI;

/**
 * The first authorization of an account through OAuth 2.0: the authorization page users are sent to, and the
 * exchange of the code amoCRM sends back for tokens. Implemented in {@code io.github.amocrmspring.auth}.
 */
public interface OAuthAuthorization {

    /**
     * Return the URI of the authorization page that asks a user to grant the integration access to an account.
     * @param state an unguessable value the callback must bring back, to be checked by the application
     * @return the page's URI
     */
    URI authorizationUri(String state);

    /**
     * Exchange an authorization code for tokens and store them for the account.
     * @param accountHost the account host (the {@code referer} of the callback)
     * @param code the authorization code
     * @throws io.github.amocrmspring.error.AmoAuthorizationException if amoCRM refuses the code
     */
    void authorize(String accountHost, String code);
}
