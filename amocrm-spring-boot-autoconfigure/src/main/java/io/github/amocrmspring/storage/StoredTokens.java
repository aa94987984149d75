package io.github.amocrmspring.storage;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The tokens of one account as a {@link TokenStorage} keeps them.
 *
 * <p>{@link #toString()} never shows the tokens themselves.
 *
 * @param accountHost the host of the account, for example {@code acme.amocrm.ru}
 * @param kind how the account authorizes
 * @param accessToken the access token, or {@code null} when the account has none usable
 * @param refreshToken the refresh token, or {@code null} when there is none (long-lived tokens)
 * @param expiresAt when the access token expires, if known
 * @param refreshedAt when the tokens were last obtained (first authorization or refresh)
 * @param needsAuthorization whether the account must be authorized again before it can be used
 */
public record StoredTokens(
        String accountHost,
        AuthKind kind,
        @Nullable String accessToken,
        @Nullable String refreshToken,
        @Nullable Instant expiresAt,
        @Nullable Instant refreshedAt,
        boolean needsAuthorization) {

    /** Create the tokens of a successful OAuth authorization or refresh. */
    public static StoredTokens oauth(
            String accountHost, String accessToken, String refreshToken, Instant expiresAt, Instant refreshedAt) {
        return new StoredTokens(accountHost, AuthKind.OAUTH, accessToken, refreshToken, expiresAt, refreshedAt, false);
    }

    /** Return whether these tokens can be used for requests. */
    public boolean isUsable() {
        return this.accessToken != null && !this.needsAuthorization;
    }

    /** Return whether the access token expires before the given instant. */
    public boolean expiresBefore(Instant instant) {
        return this.expiresAt != null && this.expiresAt.isBefore(instant);
    }

    /** Return a copy of these tokens marked as needing a new authorization. */
    public StoredTokens withNeedsAuthorization() {
        return new StoredTokens(
                this.accountHost,
                this.kind,
                this.accessToken,
                this.refreshToken,
                this.expiresAt,
                this.refreshedAt,
                true);
    }

    @Override
    public String toString() {
        return "StoredTokens[accountHost=" + this.accountHost + ", kind=" + this.kind + ", accessToken="
                + mask(this.accessToken) + ", refreshToken=" + mask(this.refreshToken) + ", expiresAt="
                + this.expiresAt + ", refreshedAt=" + this.refreshedAt + ", needsAuthorization="
                + this.needsAuthorization + "]";
    }

    private static String mask(@Nullable String token) {
        return (token != null) ? "[hidden]" : "null";
    }
}
