package io.github.amocrmspring.auth;

import io.github.amocrmspring.client.AccountAuthenticator;
import io.github.amocrmspring.client.RequestCredentials;
import io.github.amocrmspring.error.AmoAuthorizationException;
import io.github.amocrmspring.storage.AuthKind;
import io.github.amocrmspring.storage.StoredTokens;
import io.github.amocrmspring.storage.TokenStorage;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authorizes the requests of one account with OAuth 2.0 tokens from the {@link TokenStorage}, refreshing them on 401
 * and shortly before they expire.
 *
 * <p>A refresh runs under the storage's lock of the account:
 * <ol>
 * <li>the stored tokens are read again under the lock;
 * <li>if they differ from the tokens that were refused (or are about to expire), another thread or instance has
 * just refreshed them, and they are used as they are;
 * <li>otherwise the refresh token is exchanged for a new pair, which is stored before the lock is released;
 * <li>if amoCRM refuses the refresh token, the account is stored as needing authorization and
 * {@link AmoAuthorizationException} is raised. A failure to reach amoCRM changes nothing, so a later refresh can
 * still succeed.
 * </ol>
 */
public class OAuthAuthenticator implements AccountAuthenticator {

    private static final Logger logger = LoggerFactory.getLogger(OAuthAuthenticator.class);

    private final String accountHost;

    private final TokenStorage tokenStorage;

    private final OAuthClient oauthClient;

    private final Clock clock;

    private final Duration refreshBeforeExpiry;

    private final AtomicReference<StoredTokens> current = new AtomicReference<>();

    public OAuthAuthenticator(
            String accountHost,
            TokenStorage tokenStorage,
            OAuthClient oauthClient,
            Clock clock,
            Duration refreshBeforeExpiry) {
        this.accountHost = accountHost;
        this.tokenStorage = tokenStorage;
        this.oauthClient = oauthClient;
        this.clock = clock;
        this.refreshBeforeExpiry = refreshBeforeExpiry;
    }

    @Override
    public AuthKind kind() {
        return AuthKind.OAUTH;
    }

    @Override
    public RequestCredentials credentials() {
        StoredTokens tokens = usableTokens();
        if (isExpiring(tokens)) {
            logger.debug(
                    "Access token of account {} expires at {}; refreshing it", this.accountHost, tokens.expiresAt());
            tokens = refresh(tokens.accessToken(), null);
        }
        return RequestCredentials.bearer(Objects.requireNonNull(tokens.accessToken()));
    }

    @Override
    public RequestCredentials renew(@Nullable RequestCredentials rejected, int attempt, String path) {
        if (attempt > 1) {
            throw new AmoAuthorizationException(
                    "amoCRM refused the access token of account " + this.accountHost + " for " + path
                            + " again right after it was refreshed; check that the integration is still enabled",
                    this.accountHost,
                    path,
                    401);
        }
        String rejectedToken = (rejected != null && rejected.headerValue().startsWith("Bearer "))
                ? rejected.headerValue().substring(7)
                : null;
        logger.debug("amoCRM answered 401 to account {} for {}; refreshing its tokens", this.accountHost, path);
        return RequestCredentials.bearer(
                Objects.requireNonNull(refresh(rejectedToken, path).accessToken()));
    }

    private StoredTokens usableTokens() {
        StoredTokens tokens = this.current.get();
        if (tokens == null || !tokens.isUsable()) {
            tokens = this.tokenStorage.load(this.accountHost).orElse(null);
            if (tokens == null || tokens.accessToken() == null) {
                throw new AmoAuthorizationException(
                        "Account " + this.accountHost + " has no tokens: authorize it first through"
                                + " AmoTemplate.authorize(accountHost, code) with the code of an OAuth callback",
                        this.accountHost,
                        null,
                        0);
            }
            if (tokens.needsAuthorization()) {
                throw needsAuthorization(null, null);
            }
            this.current.set(tokens);
        }
        return tokens;
    }

    private StoredTokens refresh(@Nullable String replacedAccessToken, @Nullable String path) {
        AtomicReference<AmoAuthorizationException> refusal = new AtomicReference<>();
        StoredTokens refreshed = this.tokenStorage.update(this.accountHost, stored -> {
            if (stored == null || stored.needsAuthorization()) {
                return (stored != null)
                        ? stored
                        : new StoredTokens(this.accountHost, AuthKind.OAUTH, null, null, null, null, true);
            }
            if (stored.accessToken() != null
                    && !stored.accessToken().equals(replacedAccessToken)
                    && !isExpiring(stored)) {
                logger.debug("Tokens of account {} were just refreshed elsewhere; using them", this.accountHost);
                return stored;
            }
            if (stored.refreshToken() == null) {
                return stored.withNeedsAuthorization();
            }
            try {
                StoredTokens tokens = this.oauthClient.refresh(this.accountHost, stored.refreshToken());
                logger.debug("Tokens of account {} refreshed; they expire at {}", this.accountHost, tokens.expiresAt());
                return tokens;
            } catch (AmoAuthorizationException ex) {
                refusal.set(ex);
                return stored.withNeedsAuthorization();
            }
        });
        this.current.set(refreshed);
        if (refreshed.needsAuthorization() || refreshed.accessToken() == null) {
            if (refusal.get() != null) {
                logger.warn(
                        "amoCRM refused the refresh token of account {}; the account needs a new OAuth"
                                + " authorization",
                        this.accountHost);
            }
            throw needsAuthorization(path, refusal.get());
        }
        return refreshed;
    }

    private AmoAuthorizationException needsAuthorization(@Nullable String path, @Nullable Exception cause) {
        return new AmoAuthorizationException(
                "Account " + this.accountHost + " needs a new authorization: "
                        + ((cause != null) ? cause.getMessage() : "its tokens can no longer be refreshed")
                        + "; send a user of the account through the OAuth authorization page again",
                this.accountHost,
                path,
                401,
                cause);
    }

    private boolean isExpiring(StoredTokens tokens) {
        return tokens.expiresBefore(this.clock.instant().plus(this.refreshBeforeExpiry));
    }
}
