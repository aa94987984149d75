package io.github.amocrmspring.client;

import java.util.function.Supplier;

/**
 * Wraps each exchange of an account with amoCRM: the request, any renewal of credentials it needs, and the
 * interpretation of the answer.
 *
 * <p>Interceptors see the typed outcome of an exchange (an {@link AmoResponse} or an
 * {@link io.github.amocrmspring.error.AmoException}), so they can retry it, refuse it, or observe it. They run in
 * their {@link org.springframework.core.Ordered order}, the first one outermost.
 */
@FunctionalInterface
public interface AmoExchangeInterceptor {

    /**
     * Run an exchange, calling {@code exchange} as many times as needed, or not at all.
     * @param accountHost the host of the account the request goes to
     * @param request the request
     * @param exchange sends the request once and interprets the answer
     * @return the response
     */
    AmoResponse intercept(String accountHost, AmoRequest request, Supplier<AmoResponse> exchange);
}
