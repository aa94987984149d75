package io.github.amocrmspring.docs.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.amocrmspring.autoconfigure.AmoAutoConfiguration;
import io.github.amocrmspring.autoconfigure.AmoEntityGuardAutoConfiguration;
import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.entity.LeadQuery;
import io.github.amocrmspring.error.AmoAuthorizationException;
import io.github.amocrmspring.test.AmoFakeServerExtension;
import io.github.amocrmspring.test.server.AmoFakeServer;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

// tag::testing-junit[]
class FakeServerExtensionTests {

    @RegisterExtension
    static AmoFakeServerExtension amo = AmoFakeServerExtension.create().resetBeforeEachTest();

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(
                    AutoConfigurations.of(AmoAutoConfiguration.class, AmoEntityGuardAutoConfiguration.class));

    @Test
    void readsTheLeadsOfTheAccount() {
        amo.account().seedLeads(3);

        withClient(client -> assertThat(client.leads().find(LeadQuery.all())).hasSize(3));
    }

    @Test
    void reportsARevokedToken(AmoFakeServer server) {
        withClient(client -> {
            server.revokeTokens(AmoFakeServer.DEFAULT_ACCOUNT);

            assertThatExceptionOfType(AmoAuthorizationException.class)
                    .isThrownBy(() -> client.leads().find(LeadQuery.all()));
        });
    }

    private void withClient(Consumer<AmoTemplate> test) {
        String token = amo.server().issueLongLivedToken(AmoFakeServer.DEFAULT_ACCOUNT);
        this.contextRunner
                .withPropertyValues(
                        "amocrm.base-url=" + amo.baseUrlTemplate(),
                        "amocrm.accounts.acme.host=" + AmoFakeServer.DEFAULT_ACCOUNT,
                        "amocrm.accounts.acme.access-token=" + token)
                .run(context -> test.accept(context.getBean(AmoTemplate.class)));
    }
}
// end::testing-junit[]
