package io.github.amocrmspring.test.server;

import io.github.amocrmspring.test.server.ApiAuthentication.Outcome;
import io.github.amocrmspring.test.server.RateLimits.Decision;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Sends each request to its endpoint, after the checks amoCRM makes first.
 *
 * <ol>
 * <li>Requests to the shared {@code www} hosts serve the authorize page and the account domain lookup.</li>
 * <li>Any other host must be a known account: otherwise 401 with code 101.</li>
 * <li>The account's rate limit: 429 over the limit, 403 with an HTML page while the account is blocked.</li>
 * <li>The token endpoint and the API-key login need no authentication; everything else does.</li>
 * <li>AJAX endpoints answer only requests with {@code X-Requested-With: XMLHttpRequest}; without it they answer 404,
 * as for a path that does not exist.</li>
 * </ol>
 */
final class FakeRouter {

    static final Set<String> SHARED_HOSTS = Set.of("www.amocrm.ru", "www.amocrm.com", "www.kommo.com");

    private final AmoFakeServer server;

    private final OAuthEndpoints oauth;

    private final ApiAuthentication authentication;

    private final EntityEndpoint entities;

    private final AccountEndpoint accountEndpoint = new AccountEndpoint();

    private final AccountFeatureEndpoints features = new AccountFeatureEndpoints();

    private final PipelineWriteEndpoint pipelineWrites = new PipelineWriteEndpoint();

    private final FieldsEndpoint fields = new FieldsEndpoint();

    FakeRouter(AmoFakeServer server, OAuthEndpoints oauth, ApiAuthentication authentication, EntityEndpoint entities) {
        this.server = server;
        this.oauth = oauth;
        this.authentication = authentication;
        this.entities = entities;
    }

    FakeResponse route(FakeRequest request, long arrivedAt) {
        if (SHARED_HOSTS.contains(request.host())) {
            return routeShared(request);
        }
        FakeAccount account = this.server.findAccount(request.host());
        if (account == null) {
            return FakeResponse.legacyError(401, "Аккаунт не найден", "101");
        }
        Decision decision = this.server.rateLimits().decide(account.host(), arrivedAt);
        if (decision == Decision.TOO_MANY_REQUESTS) {
            return tooManyRequests();
        }
        if (decision == Decision.BLOCKED) {
            return blocked(account);
        }
        String path = request.path();
        if (path.equals("/oauth2/access_token")) {
            return request.isPost() ? this.oauth.token(request, account) : methodNotAllowed();
        }
        if (path.equals("/oauth2/account/current/subdomain")) {
            return this.oauth.currentSubdomain(request);
        }
        if (path.equals("/private/api/auth.php")) {
            return this.authentication.login(request, account);
        }
        if (!path.startsWith("/api/v2/") && !path.startsWith("/ajax/") && !path.startsWith("/private/api/")) {
            return notFound();
        }
        if (path.startsWith("/ajax/") && !"XMLHttpRequest".equalsIgnoreCase(request.header("X-Requested-With"))) {
            return notFound();
        }
        Outcome outcome = this.authentication.authenticate(request, account);
        if (outcome.refused()) {
            return outcome.refusal();
        }
        synchronized (account) {
            return routeApi(request, account, outcome.userId());
        }
    }

    private FakeResponse routeShared(FakeRequest request) {
        String path = request.path();
        if (path.equals("/oauth") || path.equals("/oauth/")) {
            return request.isPost() ? this.oauth.decide(request) : this.oauth.authorizePage(request);
        }
        if (path.equals("/oauth2/account/subdomain")) {
            return this.oauth.subdomain(request);
        }
        return notFound();
    }

    private FakeResponse routeApi(FakeRequest request, FakeAccount account, long userId) {
        String path = request.path();
        if (path.endsWith("/") && path.length() > 1) {
            path = path.substring(0, path.length() - 1);
        }
        for (EntityType type : EntityType.values()) {
            if (path.equals(type.path())) {
                if (request.isGet()) {
                    return this.entities.list(request, account, type);
                }
                return request.isPost() ? this.entities.save(request, account, type, userId) : methodNotAllowed();
            }
        }
        return switch (path) {
            case "/api/v2/account" -> this.accountEndpoint.account(request, account, userId);
            case "/api/v2/pipelines" -> this.accountEndpoint.pipelines(request, account);
            case "/private/api/v2/json/pipelines/set" -> post(request, () -> this.pipelineWrites.set(request, account));
            case "/private/api/v2/json/pipelines/delete" ->
                post(request, () -> this.pipelineWrites.delete(request, account));
            case "/api/v2/catalogs" ->
                request.isGet()
                        ? this.features.catalogs(request, account)
                        : this.features.saveCatalogs(request, account, userId, this.entities);
            case "/api/v2/fields" -> post(request, () -> this.fields.save(request, account));
            case "/api/v2/webhooks" -> this.features.webhooks(request, account);
            case "/api/v2/webhooks/subscribe" -> post(request, () -> this.features.subscribe(request, account));
            case "/api/v2/webhooks/unsubscribe" -> post(request, () -> this.features.unsubscribe(request, account));
            case "/api/v2/widgets" ->
                request.isGet()
                        ? this.features.widgets(request, account, false)
                        : this.features.saveWidgets(request, account);
            case "/api/v2/widgets/list" -> this.features.widgets(request, account, true);
            case "/api/v2/incoming_leads" -> this.features.incomingLeads(request, account);
            case "/api/v2/incoming_leads/summary" -> this.features.incomingLeadsSummary(request, account);
            case "/api/v2/incoming_leads/form" ->
                post(request, () -> this.features.addIncoming(request, account, "form"));
            case "/api/v2/incoming_leads/sip" ->
                post(request, () -> this.features.addIncoming(request, account, "sip"));
            case "/api/v2/incoming_leads/accept" -> post(request, () -> this.features.accept(request, account, userId));
            case "/api/v2/incoming_leads/decline" -> post(request, () -> this.features.decline(request, account));
            default -> path.startsWith("/ajax/") ? this.features.ajax(request, account) : apiNotFound();
        };
    }

    private static FakeResponse post(FakeRequest request, Supplier<FakeResponse> endpoint) {
        return request.isPost() ? endpoint.get() : methodNotAllowed();
    }

    static FakeResponse tooManyRequests() {
        return FakeResponse.legacyError(429, "Превышено допустимое количество запросов в секунду", "429");
    }

    static FakeResponse blocked(FakeAccount account) {
        String content = "<p id=\"blocked\">Аккаунт " + OAuthEndpoints.escape(account.host())
                + " заблокирован за неоднократное превышение допустимого количества запросов в секунду.</p>";
        return FakeResponse.html(403, OAuthEndpoints.page("403 Forbidden", content));
    }

    static FakeResponse notFound() {
        return FakeResponse.errorPage(404, "Not Found");
    }

    private static FakeResponse apiNotFound() {
        return FakeResponse.legacyError(404, "Запрашиваемый метод API не найден", "104");
    }

    private static FakeResponse methodNotAllowed() {
        return FakeResponse.legacyError(405, "Неверный метод запроса", "405");
    }
}
