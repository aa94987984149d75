package io.github.amocrmspring.test.server;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every credential the fake server knows: OAuth integrations, authorization codes, access and refresh tokens,
 * long-lived tokens, API-key users and their sessions. All lifetimes are measured on the {@link FakeClock}.
 *
 * <p>Refresh tokens rotate: a refresh issues a new pair and the old refresh token stays usable until the new access
 * token or the new refresh token is first used, then it is refused.
 */
final class Authorizations {

    static final Duration CODE_LIFETIME = Duration.ofMinutes(20);

    static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofHours(24);

    static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(90);

    static final Duration SESSION_LIFETIME = Duration.ofMinutes(15);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final FakeClock clock;

    private final Map<String, FakeIntegration> integrations = new LinkedHashMap<>();

    private final Map<String, AuthorizationCode> codes = new HashMap<>();

    private final Map<String, Grant> grantsByAccessToken = new HashMap<>();

    private final Map<String, Grant> grantsByRefreshToken = new HashMap<>();

    private final Map<String, ApiKeyUser> apiKeyUsers = new LinkedHashMap<>();

    private final Map<String, Session> sessions = new HashMap<>();

    Authorizations(FakeClock clock) {
        this.clock = clock;
    }

    /** An authorization code issued by the authorize page. */
    static final class AuthorizationCode {

        final String code;

        final String host;

        final String clientId;

        final long userId;

        final Instant expiresAt;

        volatile boolean used;

        AuthorizationCode(String code, String host, String clientId, long userId, Instant expiresAt) {
            this.code = code;
            this.host = host;
            this.clientId = clientId;
            this.userId = userId;
            this.expiresAt = expiresAt;
        }
    }

    /**
     * An access token with its refresh token (none for long-lived tokens). A grant issued by a refresh keeps its
     * predecessor, whose refresh token is revoked when this grant is first used.
     */
    static final class Grant {

        final String accessToken;

        final String refreshToken;

        final String host;

        final String clientId;

        final long userId;

        final Instant accessExpiresAt;

        final Instant refreshExpiresAt;

        final Grant predecessor;

        volatile boolean accessRevoked;

        volatile boolean refreshRevoked;

        Grant(
                String accessToken,
                String refreshToken,
                String host,
                String clientId,
                long userId,
                Instant accessExpiresAt,
                Instant refreshExpiresAt,
                Grant predecessor) {
            this.accessToken = accessToken;
            this.refreshToken = refreshToken;
            this.host = host;
            this.clientId = clientId;
            this.userId = userId;
            this.accessExpiresAt = accessExpiresAt;
            this.refreshExpiresAt = refreshExpiresAt;
            this.predecessor = predecessor;
        }

        /** Marks the grant as used: its predecessor's refresh token is refused from now on. */
        void markUsed() {
            if (this.predecessor != null) {
                this.predecessor.refreshRevoked = true;
            }
        }
    }

    /** A user that logs in with a login (e-mail) and an API key. */
    record ApiKeyUser(String host, String login, String apiKey, long userId) {}

    /** A session opened by an API-key login. */
    record Session(String id, String host, long userId, Instant expiresAt) {}

    // ---- integrations and codes ----

    synchronized void register(FakeIntegration integration) {
        this.integrations.put(integration.clientId(), integration);
    }

    synchronized FakeIntegration integration(String clientId) {
        return (clientId != null) ? this.integrations.get(clientId) : null;
    }

    synchronized List<FakeIntegration> integrations() {
        return List.copyOf(this.integrations.values());
    }

    synchronized String issueCode(String host, String clientId, long userId) {
        String code = "def50200" + randomHex(160);
        this.codes.put(code, new AuthorizationCode(code, host, clientId, userId, now().plus(CODE_LIFETIME)));
        return code;
    }

    synchronized AuthorizationCode code(String code) {
        return (code != null) ? this.codes.get(code) : null;
    }

    // ---- tokens ----

    /** Issues an access and refresh token pair, optionally as the successor of a refreshed grant. */
    synchronized Grant issueGrant(String host, long accountId, String clientId, long userId, Grant predecessor) {
        Instant now = now();
        Instant accessExpiresAt = now.plus(ACCESS_TOKEN_LIFETIME);
        String accessToken = jwt(host, accountId, clientId, userId, now, accessExpiresAt);
        String refreshToken = "def50200" + randomHex(300);
        Grant grant = new Grant(
                accessToken,
                refreshToken,
                host,
                clientId,
                userId,
                accessExpiresAt,
                now.plus(REFRESH_TOKEN_LIFETIME),
                predecessor);
        this.grantsByAccessToken.put(accessToken, grant);
        this.grantsByRefreshToken.put(refreshToken, grant);
        return grant;
    }

    /** Issues a long-lived token: an access token with no refresh token, acting as the account's admin. */
    synchronized Grant issueLongLived(String host, long accountId, long userId, Duration lifetime) {
        Instant now = now();
        String clientId = UUID.randomUUID().toString();
        String accessToken = jwt(host, accountId, clientId, userId, now, now.plus(lifetime));
        Grant grant = new Grant(accessToken, null, host, clientId, userId, now.plus(lifetime), null, null);
        this.grantsByAccessToken.put(accessToken, grant);
        return grant;
    }

    synchronized Grant grantByAccessToken(String accessToken) {
        return (accessToken != null) ? this.grantsByAccessToken.get(accessToken) : null;
    }

    synchronized Grant grantByRefreshToken(String refreshToken) {
        return (refreshToken != null) ? this.grantsByRefreshToken.get(refreshToken) : null;
    }

    /** Revokes every access and refresh token of an account, as disabling an integration does. */
    synchronized void revokeAll(String host) {
        for (Grant grant : this.grantsByAccessToken.values()) {
            if (grant.host.equals(host)) {
                grant.accessRevoked = true;
                grant.refreshRevoked = true;
            }
        }
    }

    synchronized void revokeAccessToken(String accessToken) {
        Grant grant = this.grantsByAccessToken.get(accessToken);
        if (grant != null) {
            grant.accessRevoked = true;
        }
    }

    // ---- API keys and sessions ----

    synchronized void addApiKeyUser(ApiKeyUser user) {
        this.apiKeyUsers.put(user.host() + "\n" + user.login().toLowerCase(), user);
    }

    synchronized ApiKeyUser apiKeyUser(String host, String login, String apiKey) {
        if (login == null || apiKey == null) {
            return null;
        }
        ApiKeyUser user = this.apiKeyUsers.get(host + "\n" + login.toLowerCase());
        return (user != null && user.apiKey().equals(apiKey)) ? user : null;
    }

    synchronized Session openSession(ApiKeyUser user) {
        Session session = new Session(randomHex(26), user.host(), user.userId(), now().plus(SESSION_LIFETIME));
        this.sessions.put(session.id(), session);
        return session;
    }

    synchronized Session session(String id) {
        return (id != null) ? this.sessions.get(id) : null;
    }

    // ---- state ----

    /** Forgets codes, OAuth token pairs and sessions; keeps integrations, API-key users and long-lived tokens. */
    synchronized void reset() {
        this.codes.clear();
        this.sessions.clear();
        List<String> refreshed = new ArrayList<>();
        this.grantsByAccessToken.forEach((token, grant) -> {
            if (grant.refreshToken != null) {
                refreshed.add(token);
            } else {
                grant.accessRevoked = false;
            }
        });
        refreshed.forEach(this.grantsByAccessToken::remove);
        this.grantsByRefreshToken.clear();
    }

    Instant now() {
        return this.clock.instant();
    }

    /**
     * Builds an access token shaped like amoCRM's: a JWT with the claims amoCRM puts in it. It is not signed with a
     * real key; the fake recognizes its tokens by value.
     */
    private static String jwt(
            String host, long accountId, String clientId, long userId, Instant issuedAt, Instant expiresAt) {
        String domain = host.substring(host.indexOf('.') + 1);
        ObjectNode header = Json.object();
        header.put("typ", "JWT");
        header.put("alg", "RS256");
        header.put("jti", randomHex(40));
        ObjectNode claims = Json.object();
        claims.put("aud", clientId);
        claims.put("jti", randomHex(40));
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("nbf", issuedAt.getEpochSecond());
        claims.put("exp", expiresAt.getEpochSecond());
        claims.put("sub", String.valueOf(userId));
        claims.put("account_id", accountId);
        claims.put("base_domain", domain);
        claims.put("api_domain", "api-b." + domain);
        claims.putArray("scopes").add("crm").add("files").add("notifications");
        claims.put("version", 2);
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString(Json.write(header).getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(Json.write(claims).getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(randomBytes(64));
    }

    static String randomHex(int length) {
        return HexFormat.of().formatHex(randomBytes((length + 1) / 2)).substring(0, length);
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
