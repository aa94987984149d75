package io.github.amocrmspring.integration.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.amocrmspring.entity.EntityConflictException;
import io.github.amocrmspring.entity.EntityNotFoundException;
import io.github.amocrmspring.model.Lead;
import io.github.amocrmspring.test.server.EntityType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Saving a lead that someone changed outside this application after it was read. */
class GuardedSaveTests extends FakeAmoTests {

    @Test
    void shouldSendBackTheUpdatedAtTheLeadWasReadWith() {
        Lead lead = this.amo.leads().findById(account().addLead("Read")).orElseThrow();
        long readUpdatedAt = lead.getUpdatedAt().getEpochSecond();
        lead.setSale(5L);

        this.amo.leads().save(lead);

        JsonNode update = onlyBody("POST", "/api/v2/leads").get("update").get(0);
        assertThat(update.get("updated_at").asLong()).isEqualTo(readUpdatedAt);
        assertThat(lead.getUpdatedAt().getEpochSecond()).isEqualTo(readUpdatedAt);
    }

    @Test
    void shouldReportAChangeMadeOutsideAsAConflictInsteadOfOverwritingIt() {
        long id = account().addLead("Shared");
        Lead lead = this.amo.leads().findById(id).orElseThrow();
        account().setUpdatedAt(EntityType.LEAD, id, lead.getUpdatedAt().getEpochSecond() + 30);
        lead.setName("Overwritten?");

        assertThatExceptionOfType(EntityConflictException.class)
                .isThrownBy(() -> this.amo.leads().save(lead))
                .withMessageContaining("lead " + id + " of account acme.amocrm.ru")
                .withMessageContaining("changed after it was read")
                .satisfies(ex -> assertThat(ex.getEntityId()).isEqualTo(id));
        assertThat(account().entity(EntityType.LEAD, id).get("name").asString()).isEqualTo("Shared");
    }

    @Test
    void shouldReadChangeAndSaveUnderOneLock() {
        long id = account().addLead("Counter");
        account().setUpdatedAt(EntityType.LEAD, id, 1_900_000_000L);

        Lead saved = this.amo.leads().update(id, lead -> lead.setSale(42L));

        assertThat(saved.getSale()).isEqualTo(42L);
        assertThat(requests("GET", "/api/v2/leads")).hasSize(1);
        JsonNode update = onlyBody("POST", "/api/v2/leads").get("update").get(0);
        assertThat(update.get("updated_at").asLong()).isEqualTo(1_900_000_000L);
        assertThat(account().entity(EntityType.LEAD, id).get("sale").asLong()).isEqualTo(42);
    }

    @Test
    void shouldTellWhenTheLeadToUpdateDoesNotExist() {
        assertThatExceptionOfType(EntityNotFoundException.class)
                .isThrownBy(() -> this.amo.leads().update(987_654_321L, lead -> lead.setSale(1L)))
                .withMessage("There is no lead 987654321 in account acme.amocrm.ru");
        assertThat(requests("POST", "/api/v2/leads")).isEmpty();
    }
}
