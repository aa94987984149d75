package io.github.amocrmspring.integration.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amocrmspring.model.Catalog;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The README's "working with catalogs" example, step by step. */
class CatalogExamplesTests extends FakeAmoTests {

    @Test
    void shouldListCreateUpdateAndDeleteCatalogs() {
        long existing = account().addCatalog("Existing");

        List<Catalog> catalogs = this.amo.catalogs().findAll();
        assertThat(catalogs).extracting(Catalog::getId).contains(existing);

        Catalog created = new Catalog("Товары на складе");
        this.amo.catalogs().save(created);
        assertThat(created.getId()).isNotNull();
        assertThat(requests("POST", "/api/v2/catalogs")
                        .get(0)
                        .bodyAsJson()
                        .get("add")
                        .get(0)
                        .get("name")
                        .asString())
                .isEqualTo("Товары на складе");

        Catalog byId = new Catalog("Не товары");
        byId.setId(existing);
        Catalog read = this.amo.catalogs().findById(created.getId()).orElseThrow();
        read.setName("Актуальные товары");
        this.server.journal().clear();
        this.amo.catalogs().saveAll(List.of(byId, read)).orThrow();

        JsonNode updates = onlyBody("POST", "/api/v2/catalogs").get("update");
        assertThat(updates.get(0).get("id").asLong()).isEqualTo(existing);
        assertThat(updates.get(0).get("name").asString()).isEqualTo("Не товары");
        assertThat(updates.get(1).get("name").asString()).isEqualTo("Актуальные товары");
        assertThat(this.amo.catalogs().findById(existing).orElseThrow().getName())
                .isEqualTo("Не товары");

        this.server.journal().clear();
        this.amo.catalogs().delete(List.of(byId, read));

        JsonNode deleted = onlyBody("POST", "/api/v2/catalogs").get("delete");
        assertThat(deleted.toString()).isEqualTo("[" + existing + "," + created.getId() + "]");
        assertThat(this.amo.catalogs().findAll()).extracting(Catalog::getId).doesNotContain(existing, created.getId());
    }
}
