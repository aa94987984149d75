package io.github.amocrmspring.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.amocrmspring.autoconfigure.AmoAutoConfiguration;
import io.github.amocrmspring.error.AmoAccountBlockedException;
import io.github.amocrmspring.error.AmoApiException;
import io.github.amocrmspring.error.AmoBatchException;
import io.github.amocrmspring.error.AmoMalformedResponseException;
import io.github.amocrmspring.error.AmoRateLimitException;
import io.github.amocrmspring.error.AmoTransportException;
import io.github.amocrmspring.support.StubAmoServer;
import io.github.amocrmspring.support.StubAmoServer.Recorded;
import io.github.amocrmspring.support.StubAmoServer.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

class AmoTemplateRequestTests {

    private final StubAmoServer server = new StubAmoServer();

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    AmoAutoConfiguration.class, RestClientAutoConfiguration.class, ValidationAutoConfiguration.class))
            .withPropertyValues(
                    "amocrm.base-url=" + this.server.baseUrl(),
                    "amocrm.default-account=acme",
                    "amocrm.accounts.acme.access-token=long-lived-token",
                    "amocrm.read-timeout=10s");

    @AfterEach
    void stopServer() {
        this.server.close();
    }

    @Test
    void shouldSendGetWithNestedParametersAndBearerToken() {
        this.server.respond(request -> Reply.json(200, "{\"_embedded\":{\"items\":[{\"id\":1},{\"id\":2}]}}"));

        withTemplate(template -> {
            AmoResponse response =
                    template.get("/api/v2/leads", Map.of("filter", Map.of("date_create", Map.of("from", 1600000000))));

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.items())
                    .extracting(item -> item.path("id").asInt())
                    .containsExactly(1, 2);
        });

        Recorded request = this.server.requests().get(0);
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.host()).isEqualTo("acme.amocrm.ru");
        assertThat(request.path()).isEqualTo("/api/v2/leads");
        assertThat(request.query()).isEqualTo("filter%5Bdate_create%5D%5Bfrom%5D=1600000000");
        assertThat(request.header("Authorization")).isEqualTo("Bearer long-lived-token");
        assertThat(request.header("User-Agent")).isEqualTo("amoCRM-API-client/2.0");
    }

    @Test
    void shouldApplyRestClientCustomizersOfTheApplication() {
        this.contextRunner
                .withBean(RestClientCustomizer.class, () -> builder -> builder.defaultHeader("X-Trace", "on"))
                .run(context -> context.getBean(AmoTemplate.class).get("/api/v2/leads"));

        assertThat(this.server.requests().get(0).header("X-Trace")).isEqualTo("on");
    }

    @Test
    void shouldSendPostAsJson() {
        withTemplate(template -> template.post("/api/v2/leads", Map.of("add", List.of(Map.of("name", "Deal")))));

        Recorded request = this.server.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.header("Content-Type")).startsWith("application/json");
        assertThat(request.body()).isEqualTo("{\"add\":[{\"name\":\"Deal\"}]}");
    }

    @Test
    void shouldSendAjaxAsFormWithRequestedWithHeader() {
        withTemplate(template -> template.ajax("/ajax/contacts/list", Map.of("filter", Map.of("cf", List.of("a")))));

        Recorded request = this.server.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.header("X-Requested-With")).isEqualTo("XMLHttpRequest");
        assertThat(request.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(request.body()).isEqualTo("filter%5Bcf%5D%5B0%5D=a");
    }

    @Test
    void shouldReturnEmptyResponseFor204() {
        this.server.respond(request -> Reply.empty(204));

        withTemplate(template -> {
            AmoResponse response = template.get("/api/v2/leads");

            assertThat(response.isEmpty()).isTrue();
            assertThat(response.items()).isEmpty();
        });
    }

    @Test
    void shouldRequestAccountWithParts() {
        this.server.respond(request -> Reply.json(200, "{\"id\":7,\"name\":\"Acme\"}"));

        withTemplate(template -> assertThat(template.account(AccountPart.USERS, AccountPart.PIPELINES)
                        .getName())
                .isEqualTo("Acme"));

        assertThat(this.server.requests().get(0).query()).isEqualTo("with=users%2Cpipelines");
    }

    @Test
    void shouldLookUpAccountDomainOnOAuthHost() {
        this.server.respond(request -> Reply.json(
                200, "{\"id\":5,\"subdomain\":\"acme\",\"domain\":\"acme.amocrm.ru\",\"top_level_domain\":\"ru\"}"));

        withTemplate(template ->
                assertThat(template.accountDomain()).isEqualTo(new AccountDomain(5, "acme", "acme.amocrm.ru", "ru")));

        Recorded request = this.server.requests().get(0);
        assertThat(request.host()).isEqualTo("www.amocrm.ru");
        assertThat(request.path()).isEqualTo("/oauth2/account/subdomain");
        assertThat(request.header("Authorization")).isEqualTo("Bearer long-lived-token");
    }

    @Test
    void shouldRaiseApiExceptionWithStatusCodesAccountAndPath() {
        this.server.respond(
                request -> Reply.json(400, "{\"response\":{\"error\":\"Bad array\",\"error_code\":\"400\"}}"));

        withTemplate(template -> assertThatExceptionOfType(AmoApiException.class)
                .isThrownBy(() -> template.get("/api/v2/leads", Map.of("id", 1)))
                .satisfies(ex -> {
                    assertThat(ex.getStatus()).isEqualTo(400);
                    assertThat(ex.getErrorCodes()).containsExactly(400);
                    assertThat(ex.getAccountHost()).isEqualTo("acme.amocrm.ru");
                    assertThat(ex.getPath()).isEqualTo("/api/v2/leads");
                    assertThat(ex.getMessage()).contains("acme.amocrm.ru", "GET /api/v2/leads", "400", "Bad array");
                }));
    }

    @Test
    void shouldRaiseRateLimitExceptionWithRetryAfter() {
        this.server.respond(request -> Reply.json(429, "{\"title\":\"Too Many Requests\",\"retry_after\":3}"));

        withTemplate(template -> assertThatExceptionOfType(AmoRateLimitException.class)
                .isThrownBy(() -> template.get("/api/v2/leads"))
                .satisfies(ex -> assertThat(ex.getRetryAfter()).isEqualTo(Duration.ofSeconds(3))));
    }

    @Test
    void shouldRaiseAccountBlockedExceptionFor403WithHtmlPage() {
        this.server.respond(request -> Reply.html(403, "<html><body>Account blocked</body></html>"));

        withTemplate(template -> assertThatExceptionOfType(AmoAccountBlockedException.class)
                .isThrownBy(() -> template.get("/api/v2/leads"))
                .satisfies(ex -> assertThat(ex.getStatus()).isEqualTo(403)));
    }

    @Test
    void shouldRaiseMalformedResponseExceptionForNonJsonBody() {
        this.server.respond(request -> Reply.html(200, "<html>maintenance</html>"));

        withTemplate(template -> assertThatExceptionOfType(AmoMalformedResponseException.class)
                .isThrownBy(() -> template.get("/api/v2/leads"))
                .withMessageContaining("not JSON")
                .withMessageContaining("text/html"));
    }

    @Test
    void shouldRaiseBatchExceptionWithFailedAndSucceededItems() {
        this.server.respond(request -> Reply.json(
                200,
                "{\"_embedded\":{\"items\":[{\"id\":1}],\"errors\":{"
                        + "\"update\":{\"10\":\"Last modified date is older than in database\"},"
                        + "\"add\":[{\"code\":213,\"message\":\"empty\"}]}}}"));

        withTemplate(template -> assertThatExceptionOfType(AmoBatchException.class)
                .isThrownBy(() -> template.post("/api/v2/leads", Map.of("update", List.of())))
                .satisfies(ex -> {
                    assertThat(ex.getSucceededItems()).hasSize(1);
                    assertThat(ex.getItemErrors()).hasSize(2);
                    assertThat(ex.getItemErrors().get(0).key()).isEqualTo("10");
                    assertThat(ex.getItemErrors().get(0).message()).contains("older than in database");
                    assertThat(ex.getItemErrors().get(1).code()).isEqualTo(213);
                    assertThat(ex.getErrorCodes()).containsExactly(213);
                }));
    }

    @Test
    void shouldReturnItemErrorsWhenRequestAllowsThem() {
        this.server.respond(
                request -> Reply.json(200, "{\"_embedded\":{\"items\":[],\"errors\":{\"update\":{\"1\":\"x\"}}}}"));

        withTemplate(template -> assertThat(template.exchange(
                                AmoRequest.post("/api/v2/leads", Map.of()).withItemErrorsAllowed())
                        .status())
                .isEqualTo(200));
    }

    @Test
    void shouldRaiseTransportExceptionWhenConnectionIsDropped() {
        this.server.respond(request -> Reply.dropConnection());

        withTemplate(template -> assertThatExceptionOfType(AmoTransportException.class)
                .isThrownBy(() -> template.get("/api/v2/leads"))
                .satisfies(ex -> assertThat(ex.getMessage()).contains("acme.amocrm.ru", "/api/v2/leads")));
    }

    @Test
    void shouldRaiseTimeoutTransportExceptionWhenAnswerIsLate() {
        this.server.respond(request -> Reply.json(200, "{}").delayed(3000));

        this.contextRunner
                .withPropertyValues("amocrm.read-timeout=300ms")
                .run(context -> assertThatExceptionOfType(AmoTransportException.class)
                        .isThrownBy(() -> context.getBean(AmoTemplate.class).get("/api/v2/leads"))
                        .satisfies(ex -> assertThat(ex.isTimeout()).isTrue()));
    }

    @Test
    void shouldTreatOnlyConfiguredStatusesAsSuccess() {
        this.server.respond(request -> Reply.json(201, "{}"));

        withTemplate(template -> assertThatExceptionOfType(AmoApiException.class)
                .isThrownBy(() -> template.get("/api/v2/leads"))
                .satisfies(ex -> assertThat(ex.getStatus()).isEqualTo(201)));
        this.contextRunner
                .withPropertyValues("amocrm.success-status-codes=200,201")
                .run(context -> assertThat(context.getBean(AmoTemplate.class)
                                .get("/api/v2/leads")
                                .status())
                        .isEqualTo(201));
    }

    private void withTemplate(Consumer<AmoTemplate> action) {
        this.contextRunner.run(context -> {
            assertThat(context).hasNotFailed();
            action.accept(context.getBean(AmoTemplate.class));
        });
    }
}
