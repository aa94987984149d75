package io.github.amocrmspring.test.server;

import io.github.amocrmspring.test.server.Authorizations.ApiKeyUser;
import io.github.amocrmspring.test.server.Authorizations.Grant;
import io.github.amocrmspring.test.server.Authorizations.Session;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Authenticates API calls and serves the legacy API-key login ({@code /private/api/auth.php}).
 *
 * <p>A call is accepted with, in this order: an {@code Authorization: Bearer} access token or long-lived token of
 * the same account; {@code USER_LOGIN} and {@code USER_HASH}, or {@code login} and {@code api_key}, in the query; or
 * the {@code session_id} cookie of an API-key login. Bearer failures answer 401 as problem+json, the others 401 with
 * the legacy body and code 110.
 */
final class ApiAuthentication {

    static final String SESSION_COOKIE = "session_id";

    private final Authorizations authorizations;

    ApiAuthentication(Authorizations authorizations) {
        this.authorizations = authorizations;
    }

    /** The outcome of authenticating a call: the user it acts as, or the answer that refuses it. */
    record Outcome(long userId, FakeResponse refusal) {

        boolean refused() {
            return this.refusal != null;
        }
    }

    Outcome authenticate(FakeRequest request, FakeAccount account) {
        String accessToken = OAuthEndpoints.bearer(request);
        if (accessToken != null) {
            return bearer(accessToken, account);
        }
        JsonNode query = request.query();
        String login = first(query, "USER_LOGIN", "login");
        String apiKey = first(query, "USER_HASH", "api_key");
        if (login != null || apiKey != null) {
            ApiKeyUser user = this.authorizations.apiKeyUser(account.host(), login, apiKey);
            return (user != null) ? new Outcome(user.userId(), null) : refused(account, "Неверный логин или API-ключ");
        }
        Session session = this.authorizations.session(request.cookies().get(SESSION_COOKIE));
        if (session == null || !session.host().equals(account.host())) {
            return refused(account, "Требуется авторизация");
        }
        if (!this.authorizations.now().isBefore(session.expiresAt())) {
            return refused(account, "Сессия истекла, требуется авторизация");
        }
        return new Outcome(session.userId(), null);
    }

    private Outcome bearer(String accessToken, FakeAccount account) {
        Grant grant = this.authorizations.grantByAccessToken(accessToken);
        if (grant == null || !grant.host.equals(account.host())) {
            return new Outcome(0, OAuthEndpoints.unauthorized("Invalid access token"));
        }
        if (grant.accessRevoked) {
            return new Outcome(0, OAuthEndpoints.unauthorized("Access token has been revoked"));
        }
        if (!this.authorizations.now().isBefore(grant.accessExpiresAt)) {
            return new Outcome(0, OAuthEndpoints.unauthorized("Access token has expired"));
        }
        grant.markUsed();
        return new Outcome(grant.userId, null);
    }

    /** Logs in with a login and an API key; answers with a session cookie valid for 15 minutes. */
    FakeResponse login(FakeRequest request, FakeAccount account) {
        String login = Json.asText(request.parameter("USER_LOGIN"));
        String apiKey = Json.asText(request.parameter("USER_HASH"));
        ApiKeyUser user = this.authorizations.apiKeyUser(account.host(), login, apiKey);
        if (user == null) {
            return refused(account, "Неверный логин или пароль").refusal();
        }
        Session session = this.authorizations.openSession(user);
        ObjectNode body = Json.object();
        ObjectNode response = body.putObject("response");
        response.put("auth", true);
        ObjectNode accountInfo = response.putArray("accounts").addObject();
        accountInfo.put("id", account.id());
        accountInfo.put("name", account.name());
        accountInfo.put("subdomain", account.subdomain());
        accountInfo.put("language", "ru");
        accountInfo.put("timezone", "Europe/Moscow");
        ObjectNode userInfo = response.putObject("user");
        userInfo.put("id", user.userId());
        userInfo.put("language", "ru");
        response.put("server_time", this.authorizations.now().getEpochSecond());
        String cookiePath = "/" + account.host();
        return FakeResponse.json(200, FakeResponse.JSON, body)
                .header("Set-Cookie", SESSION_COOKIE + "=" + session.id() + "; Path=" + cookiePath + "; HttpOnly")
                .header("Set-Cookie", "user_lang=ru; Path=" + cookiePath);
    }

    private Outcome refused(FakeAccount account, String message) {
        ObjectNode body = Json.legacyError(message, "110");
        ObjectNode response = (ObjectNode) body.path("response");
        response.put("auth", false);
        response.put("ip", "127.0.0.1");
        response.put("domain", account.host());
        response.put("server_time", this.authorizations.now().getEpochSecond());
        return new Outcome(0, FakeResponse.json(401, FakeResponse.JSON, body));
    }

    private static String first(JsonNode query, String name, String alternative) {
        String value = Json.asText(query.path(name));
        return (value != null) ? value : Json.asText(query.path(alternative));
    }
}
