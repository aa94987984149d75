package io.github.amocrmspring.client;

import io.github.amocrmspring.storage.AuthKind;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the requests of one account: adds its credentials, renews them when amoCRM answers 401 and retries, and
 * turns answers into {@link AmoResponse}s or typed exceptions.
 *
 * <p>This is the building block of every operation on an account; entity operations are built on
 * {@link #exchange(AmoRequest)}. Instances are thread-safe and hold no state of a request between calls.
 */
public class AmoAccountClient {

    private final String accountHost;

    private final AmoTransport transport;

    private final AccountAuthenticator authenticator;

    private final AmoClientSettings settings;

    public AmoAccountClient(
            String accountHost,
            AmoTransport transport,
            AccountAuthenticator authenticator,
            AmoClientSettings settings) {
        this.accountHost = accountHost;
        this.transport = transport;
        this.authenticator = authenticator;
        this.settings = settings;
    }

    /** Return the host of the account, for example {@code acme.amocrm.ru}. */
    public String getAccountHost() {
        return this.accountHost;
    }

    /** Return how the account authorizes. */
    public AuthKind getAuthKind() {
        return this.authenticator.kind();
    }

    /** Return the settings that shape requests (page size, batch size). */
    public AmoClientSettings getSettings() {
        return this.settings;
    }

    /** Return the host of the shared OAuth pages, for example {@code www.amocrm.ru}. */
    public String getOAuthHost() {
        return this.transport.getHostResolver().oauthHost();
    }

    /** Return the JSON mapper to read and write entities with. */
    public JsonMapper getJsonMapper() {
        return this.transport.getJsonMapper();
    }

    /**
     * Send a request and return its answer.
     *
     * <ol>
     * <li>Take the account's credentials, refreshing them first if they are about to expire.
     * <li>Send the request; on 401, let the authenticator renew the credentials (refresh or log in again) and
     * send it again, as often as the authenticator allows.
     * <li>Turn the answer into a response, or raise the exception its status calls for.
     * </ol>
     * The whole exchange runs inside the transport's {@link AmoExchangeInterceptor interceptors}, which may send it
     * again (retries) or refuse it (a blocked account).
     * @param request the request
     * @return the answer; an empty one for 204
     * @throws io.github.amocrmspring.error.AmoException on any failure
     */
    public AmoResponse exchange(AmoRequest request) {
        return this.transport.intercept(this.accountHost, request, () -> exchangeOnce(request));
    }

    private AmoResponse exchangeOnce(AmoRequest request) {
        RequestCredentials credentials = this.authenticator.credentials();
        int attempt = 0;
        while (true) {
            AmoTransport.RawResponse response = this.transport.send(this.accountHost, request, credentials);
            if (response.status() != 401) {
                return this.transport.interpret(this.accountHost, request, response);
            }
            attempt++;
            credentials = this.authenticator.renew(credentials, attempt, request.pathWithoutQuery());
        }
    }

    @Override
    public String toString() {
        return "AmoAccountClient[" + this.accountHost + ", " + this.authenticator.kind() + "]";
    }
}
