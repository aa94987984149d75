package io.github.amocrmspring.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amocrmspring.test.server.AmoFakeServer;
import io.github.amocrmspring.test.server.EntityType;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Tests of {@link AmoFakeServerExtension} registered on a static field with a reset before each test. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AmoFakeServerExtensionTests {

    @RegisterExtension
    static final AmoFakeServerExtension amo = AmoFakeServerExtension.create().resetBeforeEachTest();

    private static int firstPort;

    @Test
    @Order(1)
    void shouldRunTheServerDuringTheTest(AmoFakeServer server) {
        firstPort = server.port();
        amo.account().seedLeads(3);

        assertThat(server.isRunning()).isTrue();
        assertThat(amo.baseUrlTemplate()).isEqualTo("http://127.0.0.1:" + firstPort + "/{host}");
        assertThat(amo.account().count(EntityType.LEAD)).isEqualTo(3);
    }

    @Test
    @Order(2)
    void shouldKeepOneServerForTheClassAndResetItsStateBetweenTests() {
        assertThat(amo.server().port()).isEqualTo(firstPort);
        assertThat(amo.account().count(EntityType.LEAD)).isZero();
    }
}
