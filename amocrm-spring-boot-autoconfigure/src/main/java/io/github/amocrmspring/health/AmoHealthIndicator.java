package io.github.amocrmspring.health;

import io.github.amocrmspring.retry.AccountBlocks;
import io.github.amocrmspring.storage.AuthKind;
import io.github.amocrmspring.storage.StoredTokens;
import io.github.amocrmspring.storage.TokenStorage;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * Reports the authorization state of each known amoCRM account from the {@link TokenStorage}, without sending any
 * request to amoCRM, so that a health probe never spends an account's request budget.
 *
 * <p>The known accounts are the configured ones and every account with stored tokens. For each, the details show
 * whether it is authorized, when its access token expires, whether it needs a new authorization, and, when
 * amoCRM has blocked it, until when the client holds its requests back. The status is {@code DOWN} when an account
 * needs authorization or is blocked, {@code UP} otherwise.
 */
public class AmoHealthIndicator extends AbstractHealthIndicator {

    private final TokenStorage tokenStorage;

    private final Supplier<Map<String, AuthKind>> configuredAccounts;

    private final @Nullable AccountBlocks accountBlocks;

    private final Clock clock;

    /**
     * Create an indicator.
     * @param tokenStorage where the tokens of the accounts are kept
     * @param configuredAccounts the accounts configured in properties: host and how the account authorizes
     * @param accountBlocks the accounts amoCRM has blocked, or {@code null} when blocks are not tracked
     * @param clock the clock that decides whether an access token has expired
     */
    public AmoHealthIndicator(
            TokenStorage tokenStorage,
            Supplier<Map<String, AuthKind>> configuredAccounts,
            @Nullable AccountBlocks accountBlocks,
            Clock clock) {
        super("amoCRM health check failed");
        this.tokenStorage = tokenStorage;
        this.configuredAccounts = configuredAccounts;
        this.accountBlocks = accountBlocks;
        this.clock = clock;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Map<String, AuthKind> configured = this.configuredAccounts.get();
        TreeSet<String> hosts = new TreeSet<>(configured.keySet());
        hosts.addAll(this.tokenStorage.accountHosts());
        Instant now = this.clock.instant();
        boolean healthy = true;
        Map<String, Object> accounts = new LinkedHashMap<>();
        for (String host : hosts) {
            Map<String, Object> account = new LinkedHashMap<>();
            Optional<StoredTokens> tokens = this.tokenStorage.load(host);
            if (tokens.isPresent()) {
                StoredTokens stored = tokens.get();
                account.put("authKind", stored.kind().name());
                account.put("authorized", stored.isUsable());
                account.put("needsAuthorization", stored.needsAuthorization());
                if (stored.expiresAt() != null) {
                    account.put("expiresAt", stored.expiresAt().toString());
                    account.put("expired", stored.expiresBefore(now));
                }
                healthy &= !stored.needsAuthorization();
            } else {
                // a long-lived token or an API key from the properties is usable without stored tokens
                AuthKind kind = configured.getOrDefault(host, AuthKind.OAUTH);
                account.put("authKind", kind.name());
                account.put("authorized", kind != AuthKind.OAUTH);
                account.put("needsAuthorization", kind == AuthKind.OAUTH);
                account.put("storedTokens", false);
                healthy &= kind != AuthKind.OAUTH;
            }
            Optional<Instant> pausedUntil =
                    (this.accountBlocks != null) ? this.accountBlocks.pausedUntil(host) : Optional.empty();
            if (pausedUntil.isPresent()) {
                account.put("blockedUntil", pausedUntil.get().toString());
                healthy = false;
            }
            accounts.put(host, account);
        }
        builder.status(healthy ? Status.UP : Status.DOWN).withDetail("accounts", accounts);
    }
}
