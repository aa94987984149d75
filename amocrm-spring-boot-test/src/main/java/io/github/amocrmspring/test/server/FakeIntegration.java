package io.github.amocrmspring.test.server;

/**
 * An OAuth 2.0 integration registered with the fake server, as created in an amoCRM developer account.
 *
 * @param clientId integration id, sent as {@code client_id}
 * @param clientSecret secret key, sent as {@code client_secret}
 * @param redirectUri address the authorize page redirects to, and the {@code redirect_uri} token requests must name
 */
public record FakeIntegration(String clientId, String clientSecret, String redirectUri) {

    @Override
    public String toString() {
        return "FakeIntegration[clientId=" + this.clientId + ", redirectUri=" + this.redirectUri + "]";
    }
}
