package io.github.amocrmspring.integration.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.amocrmspring.entity.BatchFailure;
import io.github.amocrmspring.entity.BatchResult;
import io.github.amocrmspring.entity.EntityBatchException;
import io.github.amocrmspring.model.Lead;
import io.github.amocrmspring.test.server.EntityType;
import io.github.amocrmspring.test.server.RecordedRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Saving many leads at once: chunks, order of results, and items amoCRM refuses. */
class BatchSaveTests extends FakeAmoTests {

    @Test
    void shouldReturnTheSavedItemsAndTheErrorsOfTheOthers() {
        long missingField = 999_999_999L;
        Lead valid = new Lead("Valid 1");
        Lead withUnknownField = new Lead("Unknown field").setCustomField(missingField, "x");
        Lead alsoValid = new Lead("Valid 2");
        Lead fresh = this.amo.leads().findById(account().addLead("Fresh")).orElseThrow();
        fresh.setSale(10L);
        Lead stale = this.amo.leads().findById(account().addLead("Stale")).orElseThrow();
        stale.setSale(20L);
        account()
                .setUpdatedAt(
                        EntityType.LEAD, stale.getId(), stale.getUpdatedAt().getEpochSecond() + 60);
        this.server.journal().clear();

        BatchResult<Lead> result = this.amo.leads().saveAll(List.of(valid, withUnknownField, alsoValid, fresh, stale));

        assertThat(result.saved()).containsExactly(valid, alsoValid, fresh);
        assertThat(valid.getId()).isNotNull();
        assertThat(alsoValid.getId()).isNotNull().isNotEqualTo(valid.getId());
        assertThat(withUnknownField.getId()).isNull();
        assertThat(result.failures()).extracting(BatchFailure::index).containsExactly(1, 4);
        assertThat(result.failures()).extracting(BatchFailure::item).containsExactly(withUnknownField, stale);
        assertThat(result.failures().get(0).error().operation()).isEqualTo("add");
        assertThat(result.failures().get(0).error().code()).isNotNull();
        assertThat(result.failures().get(1).error().message()).contains("older than in database");
        assertThat(account().entity(EntityType.LEAD, fresh.getId()).get("sale").asLong())
                .isEqualTo(10);
        assertThat(account().entity(EntityType.LEAD, stale.getId()).get("sale").asLong())
                .isNotEqualTo(20);
        JsonNode body = onlyBody("POST", "/api/v2/leads");
        assertThat(body.get("add")).hasSize(3);
        assertThat(body.get("update")).hasSize(2);

        assertThatExceptionOfType(EntityBatchException.class)
                .isThrownBy(result::orThrow)
                .withMessageContaining("2 failed item(s)")
                .satisfies(ex -> assertThat(ex.getResult().saved()).hasSize(3));
    }

    @Test
    void shouldSendChunksOfTheBatchSizeAndKeepTheInputOrder() {
        List<Lead> leads = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            leads.add(new Lead("Chunked " + i));
        }

        List<Lead> saved = this.amo.leads().saveAll(leads).orThrow();

        assertThat(saved).containsExactlyElementsOf(leads);
        assertThat(saved)
                .extracting(Lead::getId)
                .doesNotContainNull()
                .doesNotHaveDuplicates()
                .isSorted();
        List<RecordedRequest> posts = requests("POST", "/api/v2/leads");
        assertThat(posts)
                .extracting(post -> post.bodyAsJson().get("add").size())
                .containsExactly(250, 250, 100);
        assertThat(account()
                        .entity(EntityType.LEAD, saved.get(599).getId())
                        .get("name")
                        .asString())
                .isEqualTo("Chunked 599");
    }
}
