package io.github.amocrmspring.test.server;

import io.github.amocrmspring.test.server.Authorizations.AuthorizationCode;
import io.github.amocrmspring.test.server.Authorizations.Grant;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OAuth 2.0 endpoints: the authorize page on the {@code www} host, the token endpoint on each account host, and
 * the account domain lookups.
 *
 * <p>Token endpoint errors are problem+json with amoCRM's {@code hint}: 400 for a bad code, refresh token, grant
 * type or redirect URI, 401 for an unknown {@code client_id} or a wrong {@code client_secret}.
 */
final class OAuthEndpoints {

    private static final String BAD_REQUEST_TITLE = "Некорректный запрос";

    private static final String BAD_REQUEST_DETAIL = "В запросе отсутствует ряд параметров или параметры невалидны";

    private final Authorizations authorizations;

    private final Function<String, FakeAccount> accounts;

    private final Collection<FakeAccount> allAccounts;

    OAuthEndpoints(
            Authorizations authorizations,
            Function<String, FakeAccount> accounts,
            Collection<FakeAccount> allAccounts) {
        this.authorizations = authorizations;
        this.accounts = accounts;
        this.allAccounts = allAccounts;
    }

    // ---- authorize page ----

    /** Shows the page where the user picks an account and allows or declines access. */
    FakeResponse authorizePage(FakeRequest request) {
        String clientId = Json.asText(request.parameter("client_id"));
        FakeIntegration integration = this.authorizations.integration(clientId);
        if (integration == null) {
            return FakeResponse.html(400, page("Интеграция не найдена", "<p id=\"error\">Unknown client_id</p>"));
        }
        String state = Json.asText(request.parameter("state"));
        String mode = Json.asText(request.parameter("mode"));
        StringBuilder options = new StringBuilder();
        for (FakeAccount account : this.allAccounts) {
            options.append("<option value=\"")
                    .append(escape(account.host()))
                    .append("\">")
                    .append(escape(account.name()))
                    .append(" (")
                    .append(escape(account.host()))
                    .append(")</option>");
        }
        String form = "<form id=\"authorize\" method=\"post\" action=\"oauth\">"
                + hidden("client_id", clientId) + hidden("state", state) + hidden("mode", mode)
                + "<p>Интеграция <b>" + escape(clientId) + "</b> запрашивает доступ к аккаунту.</p>"
                + "<label for=\"account\">Аккаунт</label> <select id=\"account\" name=\"account\">" + options
                + "</select>"
                + "<p><button id=\"allow\" type=\"submit\" name=\"decision\" value=\"allow\">Разрешить</button> "
                + "<button id=\"decline\" type=\"submit\" name=\"decision\" value=\"decline\">Отказать</button></p>"
                + "</form>";
        return FakeResponse.html(200, page("Предоставить доступ", form));
    }

    /** Handles the Allow and Decline buttons: redirects to the integration's redirect URI. */
    FakeResponse decide(FakeRequest request) {
        JsonNode form = request.bodyJson();
        String clientId = Json.asText(form.path("client_id"));
        FakeIntegration integration = this.authorizations.integration(clientId);
        if (integration == null) {
            return FakeResponse.html(400, page("Интеграция не найдена", "<p id=\"error\">Unknown client_id</p>"));
        }
        String state = Json.asText(form.path("state"));
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!"allow".equals(Json.asText(form.path("decision")))) {
            parameters.put("error", "access_denied");
            parameters.put("client_id", clientId);
            putIfPresent(parameters, "state", state);
            return FakeResponse.redirect(withQuery(integration.redirectUri(), parameters));
        }
        FakeAccount account = this.accounts.apply(Json.asText(form.path("account")));
        if (account == null) {
            return FakeResponse.html(400, page("Аккаунт не найден", "<p id=\"error\">Unknown account</p>"));
        }
        String code = this.authorizations.issueCode(account.host(), clientId, account.adminUserId());
        parameters.put("code", code);
        putIfPresent(parameters, "state", state);
        parameters.put("referer", account.host());
        parameters.put("client_id", clientId);
        return FakeResponse.redirect(withQuery(integration.redirectUri(), parameters));
    }

    // ---- token endpoint ----

    /** Exchanges an authorization code or a refresh token for a new token pair. */
    FakeResponse token(FakeRequest request, FakeAccount account) {
        JsonNode body = request.bodyJson();
        String clientId = Json.asText(body.path("client_id"));
        FakeIntegration integration = this.authorizations.integration(clientId);
        if (integration == null) {
            return problem(401, "Check the `client_id` parameter");
        }
        if (!integration.clientSecret().equals(Json.asText(body.path("client_secret")))) {
            return problem(401, "Check the `client_secret` parameter");
        }
        String redirectUri = Json.asText(body.path("redirect_uri"));
        if (redirectUri != null && !integration.redirectUri().equals(redirectUri)) {
            return problem(400, "Check the `redirect_uri` parameter");
        }
        String grantType = Json.asText(body.path("grant_type"));
        synchronized (this.authorizations) {
            if ("authorization_code".equals(grantType)) {
                return exchangeCode(account, integration, Json.asText(body.path("code")));
            }
            if ("refresh_token".equals(grantType)) {
                return refresh(account, integration, Json.asText(body.path("refresh_token")));
            }
        }
        return problem(400, "Check the `grant_type` parameter");
    }

    private FakeResponse exchangeCode(FakeAccount account, FakeIntegration integration, String code) {
        AuthorizationCode issued = this.authorizations.code(code);
        if (issued == null || !issued.clientId.equals(integration.clientId()) || !issued.host.equals(account.host())) {
            return problem(400, "Cannot decrypt the authorization code");
        }
        if (issued.used) {
            return problem(400, "Authorization code has been revoked");
        }
        if (!this.authorizations.now().isBefore(issued.expiresAt)) {
            return problem(400, "Authorization code has expired");
        }
        issued.used = true;
        Grant grant = this.authorizations.issueGrant(
                account.host(), account.id(), integration.clientId(), issued.userId, null);
        return tokens(grant);
    }

    private FakeResponse refresh(FakeAccount account, FakeIntegration integration, String refreshToken) {
        Grant grant = this.authorizations.grantByRefreshToken(refreshToken);
        if (grant == null || !grant.clientId.equals(integration.clientId()) || !grant.host.equals(account.host())) {
            return problem(400, "Invalid refresh token");
        }
        if (grant.refreshRevoked) {
            return problem(400, "Refresh token has been revoked");
        }
        if (!this.authorizations.now().isBefore(grant.refreshExpiresAt)) {
            return problem(400, "Refresh token has expired");
        }
        grant.markUsed();
        Grant successor = this.authorizations.issueGrant(
                account.host(), account.id(), integration.clientId(), grant.userId, grant);
        return tokens(successor);
    }

    private FakeResponse tokens(Grant grant) {
        ObjectNode body = Json.object();
        body.put("token_type", "Bearer");
        body.put("expires_in", Authorizations.ACCESS_TOKEN_LIFETIME.toSeconds());
        body.put("access_token", grant.accessToken);
        body.put("refresh_token", grant.refreshToken);
        body.put("server_time", this.authorizations.now().getEpochSecond());
        return FakeResponse.json(200, FakeResponse.JSON, body);
    }

    // ---- account domain lookups ----

    /** Answers {@code GET /oauth2/account/subdomain} on the www host for the account of a Bearer token. */
    FakeResponse subdomain(FakeRequest request) {
        Grant grant = this.authorizations.grantByAccessToken(bearer(request));
        if (grant == null || grant.accessRevoked || !this.authorizations.now().isBefore(grant.accessExpiresAt)) {
            return unauthorized("Invalid access token");
        }
        grant.markUsed();
        return accountDomain(this.accounts.apply(grant.host));
    }

    /** Answers {@code GET /oauth2/account/current/subdomain} for the account of the {@code X-Refresh-Token}. */
    FakeResponse currentSubdomain(FakeRequest request) {
        Grant grant = this.authorizations.grantByRefreshToken(request.header("X-Refresh-Token"));
        if (grant == null || grant.refreshRevoked || !this.authorizations.now().isBefore(grant.refreshExpiresAt)) {
            return unauthorized("Invalid refresh token");
        }
        return accountDomain(this.accounts.apply(grant.host));
    }

    private FakeResponse accountDomain(FakeAccount account) {
        if (account == null) {
            return unauthorized("Account not found");
        }
        ObjectNode body = Json.object();
        body.put("id", account.id());
        body.put("subdomain", account.subdomain());
        body.put("domain", account.host());
        body.put("top_level_domain", account.host().substring(account.host().lastIndexOf('.') + 1));
        return FakeResponse.json(200, FakeResponse.JSON, body);
    }

    static String bearer(FakeRequest request) {
        String authorization = request.header("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7).trim();
    }

    static FakeResponse unauthorized(String detail) {
        ObjectNode body = Json.object();
        body.put("title", "Unauthorized");
        body.put("type", "https://httpstatus.es/401");
        body.put("status", 401);
        body.put("detail", detail);
        return FakeResponse.json(401, FakeResponse.PROBLEM_JSON, body);
    }

    private static FakeResponse problem(int status, String hint) {
        return FakeResponse.problem(status, BAD_REQUEST_TITLE, BAD_REQUEST_DETAIL, hint);
    }

    private static void putIfPresent(Map<String, String> parameters, String name, String value) {
        if (value != null && !value.isEmpty()) {
            parameters.put(name, value);
        }
    }

    private static String withQuery(String uri, Map<String, String> parameters) {
        StringBuilder target = new StringBuilder(uri);
        char separator = uri.contains("?") ? '&' : '?';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            target.append(separator)
                    .append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return target.toString();
    }

    private static String hidden(String name, String value) {
        if (value == null) {
            return "";
        }
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + escape(value) + "\">";
    }

    static String page(String title, String content) {
        return "<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"UTF-8\"><title>" + escape(title)
                + " — amoCRM (fake)</title></head><body><h1>" + escape(title) + "</h1>" + content + "</body></html>";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
