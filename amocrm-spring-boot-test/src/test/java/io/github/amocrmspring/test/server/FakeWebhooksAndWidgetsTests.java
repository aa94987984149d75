package io.github.amocrmspring.test.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Contract tests of webhooks and widgets. */
class FakeWebhooksAndWidgetsTests extends FakeServerTestBase {

    @Test
    void shouldSubscribeListAndUnsubscribeWebhooks() {
        JsonNode subscribed = postOk(
                "/api/v2/webhooks/subscribe",
                "{\"subscribe\":[{\"url\":\"https://app.example.com/hook\",\"events\":[\"add_lead\",\"status_lead\"]}]}");
        assertThat(subscribed.at("/_embedded/items/0/result").asBoolean()).isTrue();
        assertThat(getOk("/api/v2/webhooks").at("/_embedded/items/0/events")).hasSize(2);

        postOk("/api/v2/webhooks/unsubscribe", "{\"unsubscribe\":[{\"url\":\"https://app.example.com/hook\"}]}");

        assertThat(this.http.get(HOST, "/api/v2/webhooks").statusCode()).isEqualTo(204);
    }

    @Test
    void shouldAcceptAFormEncodedSubscription() {
        HttpResponse<String> response = this.http.postForm(
                HOST,
                "/api/v2/webhooks/subscribe",
                "subscribe%5B0%5D%5Burl%5D=https%3A%2F%2Fa.example%2Fh&subscribe%5B0%5D%5Bevents%5D%5B0%5D=add_contact");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(this.account.webhookUrls()).containsExactly("https://a.example/h");
    }

    @Test
    void shouldRefuseTheHundredAndFirstWebhook() {
        StringBuilder body = new StringBuilder("{\"subscribe\":[");
        for (int i = 0; i < 101; i++) {
            body.append((i > 0) ? "," : "")
                    .append("{\"url\":\"https://h.example/")
                    .append(i)
                    .append("\",\"events\":[\"add_lead\"]}");
        }

        JsonNode items = postOk("/api/v2/webhooks/subscribe", body.append("]}").toString())
                .at("/_embedded/items");

        assertThat(items.get(99).path("result").asBoolean()).isTrue();
        assertThat(items.get(100).path("result").asBoolean()).isFalse();
        assertThat(this.account.webhookUrls()).hasSize(100);
    }

    @Test
    void shouldRefuseAnUnknownWebhookEvent() {
        JsonNode items = postOk(
                        "/api/v2/webhooks/subscribe",
                        "{\"subscribe\":[{\"url\":\"https://h.example\",\"events\":[\"exploded_lead\"]}]}")
                .at("/_embedded/items");

        assertThat(items.at("/0/result").asBoolean()).isFalse();
    }

    @Test
    void shouldServeWidgetsOnBothPaths() {
        long widget = this.account.addWidget("demo_widget", "Демо");

        assertThat(getOk("/api/v2/widgets").at("/widgets/0/widget_id").asLong()).isEqualTo(widget);
        assertThat(getOk("/api/v2/widgets/list")
                        .at("/_embedded/items/0/widget_code")
                        .asString())
                .isEqualTo("demo_widget");
        assertThat(getOk("/api/v2/widgets?widget_code[]=demo_widget").path("widgets"))
                .hasSize(1);
    }

    @Test
    void shouldInstallAndUninstallAWidget() {
        this.account.addWidget("demo_widget", "Демо");

        JsonNode installed = postOk(
                "/api/v2/widgets",
                "{\"widgets\":{\"install\":[{\"widget_code\":\"demo_widget\",\"settings\":{\"login\":\"x\"}}]}}");
        assertThat(installed.at("/widgets/0/active").asBoolean()).isTrue();
        assertThat(installed.at("/widgets/0/settings/login").asString()).isEqualTo("x");

        JsonNode uninstalled =
                postOk("/api/v2/widgets", "{\"widgets\":{\"uninstall\":[{\"widget_code\":\"demo_widget\"}]}}");
        assertThat(uninstalled.at("/widgets/0/active").asBoolean()).isFalse();
    }
}
