package io.github.amocrmspring.test.server;

import java.time.Instant;

/**
 * Tokens the fake server issued directly to a test, as the token endpoint would have.
 *
 * @param accessToken Bearer token for API calls
 * @param refreshToken refresh token, or {@code null} for a long-lived token
 * @param expiresAt when the access token expires, on the fake clock
 */
public record IssuedTokens(String accessToken, String refreshToken, Instant expiresAt) {

    @Override
    public String toString() {
        return "IssuedTokens[expiresAt=" + this.expiresAt + "]";
    }
}
