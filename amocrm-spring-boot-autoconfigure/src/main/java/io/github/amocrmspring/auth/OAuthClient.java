package io.github.amocrmspring.auth;

import io.github.amocrmspring.client.AmoRequest;
import io.github.amocrmspring.client.AmoTransport;
import io.github.amocrmspring.client.NestedParameterEncoder;
import io.github.amocrmspring.client.OAuthAuthorization;
import io.github.amocrmspring.error.AmoAuthorizationException;
import io.github.amocrmspring.error.AmoMalformedResponseException;
import io.github.amocrmspring.metrics.AmoClientMetrics.TokenRefreshOutcome;
import io.github.amocrmspring.storage.StoredTokens;
import io.github.amocrmspring.storage.TokenStorage;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The OAuth 2.0 side of an amoCRM integration: builds the authorization page URI, and calls the token endpoint
 * ({@code POST /oauth2/access_token} on the account host) to exchange an authorization code or a refresh token for
 * a new pair of tokens.
 *
 * <p>Token requests carry no {@code Authorization} header, and their bodies (and the answers) are never logged.
 */
public class OAuthClient implements OAuthAuthorization {

    private static final Logger logger = LoggerFactory.getLogger(OAuthClient.class);

    private static final String TOKEN_PATH = "/oauth2/access_token";

    private final AmoTransport transport;

    private final TokenStorage tokenStorage;

    private final Clock clock;

    private final String clientId;

    private final String clientSecret;

    private final String redirectUri;

    /**
     * Create a client for one integration.
     * @param transport the transport to send token requests with
     * @param tokenStorage where the tokens of a first authorization are stored
     * @param clock the clock that dates tokens
     * @param clientId the integration id
     * @param clientSecret the integration secret
     * @param redirectUri the redirect URI registered for the integration
     */
    public OAuthClient(
            AmoTransport transport,
            TokenStorage tokenStorage,
            Clock clock,
            String clientId,
            String clientSecret,
            String redirectUri) {
        this.transport = transport;
        this.tokenStorage = tokenStorage;
        this.clock = clock;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.redirectUri = redirectUri;
    }

    @Override
    public URI authorizationUri(String state) {
        String query = "client_id=" + NestedParameterEncoder.encodeComponent(this.clientId) + "&state="
                + NestedParameterEncoder.encodeComponent(state);
        return this.transport
                .getHostResolver()
                .uri(this.transport.getHostResolver().oauthHost(), "/oauth?" + query);
    }

    @Override
    public void authorize(String accountHost, String code) {
        Map<String, Object> body = tokenRequest("authorization_code");
        body.put("code", code);
        StoredTokens tokens = requestTokens(accountHost, body, code, "authorization code");
        this.tokenStorage.save(tokens);
        logger.debug("Account {} authorized; its access token expires at {}", accountHost, tokens.expiresAt());
    }

    /**
     * Exchange a refresh token for a new pair of tokens.
     * @param accountHost the account host
     * @param refreshToken the current refresh token
     * @return the new tokens, not yet stored
     * @throws AmoAuthorizationException if amoCRM refuses the refresh token
     */
    public StoredTokens refresh(String accountHost, String refreshToken) {
        Map<String, Object> body = tokenRequest("refresh_token");
        body.put("refresh_token", refreshToken);
        try {
            StoredTokens tokens = requestTokens(accountHost, body, refreshToken, "refresh token");
            this.transport.getMetrics().tokenRefreshed(TokenRefreshOutcome.SUCCESS);
            return tokens;
        } catch (RuntimeException ex) {
            this.transport.getMetrics().tokenRefreshed(TokenRefreshOutcome.FAILURE);
            throw ex;
        }
    }

    /** Return the integration id. */
    public String getClientId() {
        return this.clientId;
    }

    private Map<String, Object> tokenRequest(String grantType) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("client_id", this.clientId);
        body.put("client_secret", this.clientSecret);
        body.put("grant_type", grantType);
        body.put("redirect_uri", this.redirectUri);
        return body;
    }

    private StoredTokens requestTokens(String accountHost, Map<String, Object> body, String grant, String grantName) {
        AmoRequest request = AmoRequest.post(TOKEN_PATH, body).withSecrets(this.clientSecret, grant);
        AmoTransport.RawResponse response = this.transport.send(accountHost, request, null);
        if (response.status() == 400 || response.status() == 401 || response.status() == 403) {
            String reason = this.transport.describeError(request, response);
            throw new AmoAuthorizationException(
                    "amoCRM refused the " + grantName + " of account " + accountHost + ": " + reason,
                    accountHost,
                    TOKEN_PATH,
                    response.status());
        }
        JsonNode tokens =
                this.transport.interpret(accountHost, request, response).body();
        String accessToken = tokens.path("access_token").asString("");
        String refreshToken = tokens.path("refresh_token").asString("");
        long expiresIn = tokens.path("expires_in").asLong(0);
        if (accessToken.isEmpty() || refreshToken.isEmpty() || expiresIn <= 0) {
            throw new AmoMalformedResponseException(
                    "amoCRM answered the " + grantName + " of account " + accountHost
                            + " without an access token, a refresh token and a positive expires_in",
                    accountHost,
                    TOKEN_PATH,
                    response.status(),
                    null);
        }
        Instant now = this.clock.instant();
        return StoredTokens.oauth(accountHost, accessToken, refreshToken, now.plusSeconds(expiresIn), now);
    }
}
