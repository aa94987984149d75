package io.github.amocrmspring.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amocrmspring.test.server.AmoFakeServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Tests of {@link AmoFakeServerExtension} registered on an instance field: a new server for each test. */
class AmoFakeServerExtensionPerTestTests {

    @RegisterExtension
    final AmoFakeServerExtension amo =
            AmoFakeServerExtension.of(AmoFakeServer.builder().account("globex.kommo.com"));

    @Test
    void shouldStartAServerWithTheBuilderAccounts() {
        assertThat(this.amo.server().isRunning()).isTrue();
        assertThat(this.amo.account().host()).isEqualTo("globex.kommo.com");
    }
}
