package io.github.amocrmspring.test.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Contract tests of catalogs (lists) and their elements. */
class FakeCatalogsTests extends FakeServerTestBase {

    @Test
    void shouldAddListAndDeleteCatalogs() {
        long catalog = postOk("/api/v2/catalogs", "{\"add\":[{\"name\":\"Товары\"}]}")
                .at("/_embedded/items/0/id")
                .asLong();
        assertThat(getOk("/api/v2/catalogs?id=" + catalog)
                        .at("/_embedded/items/0/name")
                        .asString())
                .isEqualTo("Товары");

        JsonNode deleted = postOk("/api/v2/catalogs", "{\"delete\":[" + catalog + "]}");

        assertThat(deleted.at("/_embedded/items")).isEmpty();
        assertThat(this.http.get(HOST, "/api/v2/catalogs").statusCode()).isEqualTo(204);
    }

    @Test
    void shouldRequireTheCatalogIdToListElements() {
        HttpResponse<String> response = this.http.get(HOST, "/api/v2/catalog_elements");

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void shouldPageElementsUntilAnEmptyPageAnswers204() {
        long catalog = this.account.addCatalog("Товары");
        StringBuilder add = new StringBuilder("{\"add\":[");
        for (int i = 0; i < 60; i++) {
            add.append((i > 0) ? "," : "")
                    .append("{\"catalog_id\":")
                    .append(catalog)
                    .append(",\"name\":\"Товар ")
                    .append(i)
                    .append("\"}");
        }
        postOk("/api/v2/catalog_elements", add.append("]}").toString());

        assertThat(getOk("/api/v2/catalog_elements?catalog_id=" + catalog + "&page=1")
                        .at("/_embedded/items"))
                .hasSize(50);
        assertThat(getOk("/api/v2/catalog_elements?catalog_id=" + catalog + "&page=2")
                        .at("/_embedded/items"))
                .hasSize(10);
        assertThat(this.http
                        .get(HOST, "/api/v2/catalog_elements?catalog_id=" + catalog + "&page=3")
                        .statusCode())
                .isEqualTo(204);
    }

    @Test
    void shouldFindElementsByTerm() {
        long catalog = this.account.addCatalog("Товары");
        postOk(
                "/api/v2/catalog_elements",
                "{\"add\":[{\"catalog_id\":" + catalog + ",\"name\":\"Кресло\"}," + "{\"catalog_id\":" + catalog
                        + ",\"name\":\"Стол\"}]}");

        JsonNode items = getOk("/api/v2/catalog_elements?catalog_id=" + catalog + "&term=%D1%81%D1%82%D0%BE%D0%BB")
                .at("/_embedded/items");

        assertThat(items).hasSize(1);
        assertThat(items.at("/0/name").asString()).isEqualTo("Стол");
    }

    @Test
    void shouldStoreCatalogElementCustomFields() {
        long catalog = this.account.addCatalog("Товары");
        long price = this.account.addCatalogField(catalog, "Цена", 2);

        long element = postOk(
                        "/api/v2/catalog_elements",
                        "{\"add\":[{\"catalog_id\":" + catalog + ",\"name\":\"Кресло\",\"custom_fields\":[{\"id\":"
                                + price + ",\"values\":[{\"value\":4990}]}]}]}")
                .at("/_embedded/items/0/id")
                .asLong();

        JsonNode stored = getOk("/api/v2/catalog_elements?catalog_id=" + catalog + "&id=" + element)
                .at("/_embedded/items/0");
        assertThat(stored.at("/custom_fields/0/values/0/value").asString()).isEqualTo("4990");
        assertThat(stored.path("catalog_id").asLong()).isEqualTo(catalog);
    }

    @Test
    void shouldRejectAnElementOfAMissingCatalog() {
        JsonNode body = postOk("/api/v2/catalog_elements", "{\"add\":[{\"catalog_id\":1,\"name\":\"x\"}]}");

        assertThat(body.at("/_embedded/errors/add/0/code").asInt()).isEqualTo(282);
    }

    @Test
    void shouldDeleteCatalogElements() {
        long catalog = this.account.addCatalog("Товары");
        long element = postOk("/api/v2/catalog_elements", "{\"add\":[{\"catalog_id\":" + catalog + ",\"name\":\"x\"}]}")
                .at("/_embedded/items/0/id")
                .asLong();

        postOk("/api/v2/catalog_elements", "{\"delete\":[" + element + "]}");

        assertThat(this.http
                        .get(HOST, "/api/v2/catalog_elements?catalog_id=" + catalog)
                        .statusCode())
                .isEqualTo(204);
    }
}
