package io.github.amocrmspring.test.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Tests of the demo data a server can start with. */
class DemoDataTests {

    @Test
    void shouldFillTheDefaultAccountWithLinkedDemoEntities() {
        try (AmoFakeServer server = AmoFakeServer.builder().demoData(true).build()) {
            FakeAccount account = server.defaultAccount();

            assertThat(account.count(EntityType.LEAD)).isEqualTo(40);
            assertThat(account.count(EntityType.CONTACT)).isEqualTo(30);
            assertThat(account.count(EntityType.COMPANY)).isEqualTo(12);
            assertThat(account.userIds()).hasSize(4);
            JsonNode lead =
                    account.entity(EntityType.LEAD, account.ids(EntityType.LEAD).get(0));
            assertThat(lead.at("/contacts/id/0").isMissingNode()).isFalse();
            assertThat(lead.at("/company/name").asString()).isNotBlank();
            assertThat(lead.path("custom_fields")).isNotEmpty();
        }
    }

    @Test
    void shouldSeedTheDemoDataAgainOnResetWithoutDuplicatingUsersOrPipelines() {
        try (AmoFakeServer server = AmoFakeServer.builder().demoData(true).build()) {
            int pipelines = server.defaultAccount()
                    .stageIds(server.defaultAccount().mainPipelineId())
                    .size();

            server.reset();

            FakeAccount account = server.defaultAccount();
            assertThat(account.count(EntityType.LEAD)).isEqualTo(40);
            assertThat(account.userIds()).hasSize(4);
            assertThat(account.stageIds(account.mainPipelineId())).hasSize(pipelines);
        }
    }
}
