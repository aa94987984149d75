package io.github.amocrmspring.retry;

import io.github.amocrmspring.client.AmoExchangeInterceptor;
import io.github.amocrmspring.client.AmoRequest;
import io.github.amocrmspring.client.AmoResponse;
import io.github.amocrmspring.error.AmoAccountBlockedException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.core.Ordered;

/**
 * Stops sending requests to an account that amoCRM reported blocked, for the pause of the {@link AccountBlocks}.
 *
 * <p>While the pause lasts, each request fails at once with an {@link AmoAccountBlockedException} that says until
 * when, and nothing reaches amoCRM, so the client cannot extend the block. The pause is kept per application
 * instance.
 */
public class AccountBlockInterceptor implements AmoExchangeInterceptor, Ordered {

    /** Order of this interceptor: inside the retries, so that no retry is sent to a blocked account. */
    public static final int ORDER = RetryingExchangeInterceptor.ORDER + 100;

    private final AccountBlocks blocks;

    /**
     * Create an interceptor that keeps the given registry.
     * @param blocks the accounts reported blocked
     */
    public AccountBlockInterceptor(AccountBlocks blocks) {
        this.blocks = blocks;
    }

    @Override
    public AmoResponse intercept(String accountHost, AmoRequest request, Supplier<AmoResponse> exchange) {
        Optional<Instant> pausedUntil = this.blocks.pausedUntil(accountHost);
        if (pausedUntil.isPresent()) {
            throw AmoAccountBlockedException.paused(
                    accountHost, request.method().name(), request.pathWithoutQuery(), pausedUntil.get());
        }
        try {
            return exchange.get();
        } catch (AmoAccountBlockedException ex) {
            this.blocks.blocked(accountHost);
            throw ex;
        }
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
