package io.github.amocrmspring.integration.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.test.AutoConfigureAmoFakeServer;
import io.github.amocrmspring.test.server.AmoFakeServer;
import io.github.amocrmspring.test.server.FakeAccount;
import io.github.amocrmspring.test.server.RecordedRequest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * The base of the tests that run the PHP library's README examples through {@link AmoTemplate} against the fake
 * amoCRM server, and check what reached it in the server's request journal.
 */
@SpringBootTest(classes = EntityTestApplication.class)
@AutoConfigureAmoFakeServer(requestsPerSecond = 0)
abstract class FakeAmoTests {

    @Autowired
    protected AmoTemplate amo;

    @Autowired
    protected AmoFakeServer server;

    @BeforeEach
    void clearJournal() {
        this.server.journal().clear();
    }

    protected FakeAccount account() {
        return this.server.defaultAccount();
    }

    /** Return the requests sent with the given method to the given path, in order. */
    protected List<RecordedRequest> requests(String method, String path) {
        return this.server.journal().requests(method, path);
    }

    /** Return the body of the only request sent with the given method to the given path. */
    protected JsonNode onlyBody(String method, String path) {
        List<RecordedRequest> requests = requests(method, path);
        assertThat(requests).as("%s %s requests", method, path).hasSize(1);
        return requests.get(0).bodyAsJson();
    }

    /** Return the only request sent with the given method to the given path. */
    protected RecordedRequest onlyRequest(String method, String path) {
        List<RecordedRequest> requests = requests(method, path);
        assertThat(requests).as("%s %s requests", method, path).hasSize(1);
        return requests.get(0);
    }
}
