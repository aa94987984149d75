package io.github.amocrmspring.test.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

/** A fake server without rate limit and a client authorized with a long-lived token of its default account. */
abstract class FakeServerTestBase {

    static final String HOST = "acme.amocrm.ru";

    AmoFakeServer server;

    FakeAccount account;

    FakeHttp http;

    @BeforeEach
    void startServer() {
        this.server = AmoFakeServer.builder().requestsPerSecond(0).build().start();
        this.account = this.server.account(HOST);
        this.http = new FakeHttp(this.server).bearer(this.server.issueLongLivedToken(HOST));
    }

    @AfterEach
    void stopServer() {
        this.server.close();
    }

    JsonNode getOk(String pathAndQuery) {
        HttpResponse<String> response = this.http.get(HOST, pathAndQuery);
        assertThat(response.statusCode())
                .as(pathAndQuery + " " + response.body())
                .isEqualTo(200);
        return FakeHttp.json(response);
    }

    JsonNode postOk(String path, String json) {
        HttpResponse<String> response = this.http.postJson(HOST, path, json);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return FakeHttp.json(response);
    }
}
