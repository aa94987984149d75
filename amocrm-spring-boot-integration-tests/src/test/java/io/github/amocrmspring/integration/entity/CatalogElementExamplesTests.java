package io.github.amocrmspring.integration.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amocrmspring.entity.CatalogElementQuery;
import io.github.amocrmspring.model.CatalogElement;
import io.github.amocrmspring.test.server.RecordedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The README's "working with catalog elements" example, step by step. */
class CatalogElementExamplesTests extends FakeAmoTests {

    @Test
    void shouldLoadEveryElementMatchingATermPageByPageAndStop() {
        long catalog = account().addCatalog("Office");
        List<CatalogElement> elements = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            elements.add(new CatalogElement(catalog, "Маркер " + i));
        }
        elements.add(new CatalogElement(catalog, "Ручка"));
        this.amo.catalogElements().saveAll(elements).orThrow();
        this.server.journal().clear();

        List<CatalogElement> markers;
        try (Stream<CatalogElement> stream = this.amo.catalogElements().stream(
                CatalogElementQuery.of(catalog).term("Маркер"))) {
            markers = stream.toList();
        }

        assertThat(markers).hasSize(120).allMatch(element -> element.getName().startsWith("Маркер"));
        assertThat(markers).extracting(CatalogElement::getId).doesNotHaveDuplicates();
        List<RecordedRequest> requests = requests("GET", "/api/v2/catalog_elements");
        assertEachPageReadOnce(requests, 3);
        assertThat(requests.get(0).queryParameter("term")).isEqualTo("Маркер");
        assertThat(requests.get(0).queryParameter("catalog_id")).isEqualTo(String.valueOf(catalog));
    }

    @Test
    void shouldStopOnAnEmptyPageAfterFullOnes() {
        long catalog = account().addCatalog("Exactly two pages");
        List<CatalogElement> elements = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            elements.add(new CatalogElement(catalog, "Item " + i));
        }
        this.amo.catalogElements().saveAll(elements).orThrow();
        this.server.journal().clear();

        long count;
        try (Stream<CatalogElement> stream = this.amo.catalogElements().stream(CatalogElementQuery.of(catalog))) {
            count = stream.count();
        }

        assertThat(count).isEqualTo(100);
        assertEachPageReadOnce(requests("GET", "/api/v2/catalog_elements"), 3);
    }

    @Test
    void shouldLoadOnePageCreateUpdateAndDeleteElements() {
        long catalog = account().addCatalog("Stationery");
        long article = account().addCatalogField(catalog, "Артикул", 1);
        long price = account().addCatalogField(catalog, "Цена", 2);

        this.amo
                .catalogElements()
                .find(CatalogElementQuery.of(catalog).term("Фломастер").page(21));
        RecordedRequest page = onlyRequest("GET", "/api/v2/catalog_elements");
        assertThat(page.queryParameter("page")).isEqualTo("21");
        assertThat(page.queryParameter("term")).isEqualTo("Фломастер");

        CatalogElement element = new CatalogElement(catalog, "Ручка гелевая")
                .setCustomField(article, "Артикул 14567323")
                .setCustomField(price, 120);
        this.amo.catalogElements().save(element);
        JsonNode added = onlyBody("POST", "/api/v2/catalog_elements").get("add").get(0);
        assertThat(added.get("catalog_id").asLong()).isEqualTo(catalog);
        assertThat(added.get("name").asString()).isEqualTo("Ручка гелевая");
        assertThat(added.get("custom_fields")).hasSize(2);

        CatalogElement second = new CatalogElement(catalog, "Second");
        this.amo.catalogElements().save(second);
        CatalogElement byId = new CatalogElement();
        byId.setId(element.getId());
        byId.setName("Ручка перьевая");
        CatalogElement read =
                this.amo.catalogElements().findById(second.getId()).orElseThrow();
        read.setName("Карандаш");
        this.server.journal().clear();
        this.amo.catalogElements().saveAll(List.of(byId, read)).orThrow();

        JsonNode updates = onlyBody("POST", "/api/v2/catalog_elements").get("update");
        assertThat(updates.get(0).get("name").asString()).isEqualTo("Ручка перьевая");
        assertThat(updates.get(1).get("name").asString()).isEqualTo("Карандаш");
        assertThat(this.amo
                        .catalogElements()
                        .findById(catalog, element.getId())
                        .orElseThrow()
                        .getName())
                .isEqualTo("Ручка перьевая");

        this.server.journal().clear();
        this.amo.catalogElements().delete(List.of(byId, read));

        assertThat(onlyBody("POST", "/api/v2/catalog_elements").get("delete").toString())
                .isEqualTo("[" + element.getId() + "," + second.getId() + "]");
        assertThat(this.amo.catalogElements().findById(catalog, element.getId()))
                .isEmpty();
    }

    /**
     * Check that pages 1 to {@code lastPage} were each read once and that any other page read was one after the
     * end, read ahead by the stream ({@code amocrm.stream.prefetch-pages}) and cancelled.
     */
    private static void assertEachPageReadOnce(List<RecordedRequest> requests, int lastPage) {
        List<Integer> pages = requests.stream()
                .map(request -> Integer.valueOf(request.queryParameter("page")))
                .toList();
        assertThat(pages).as("pages read: %s", requests).doesNotHaveDuplicates();
        assertThat(pages)
                .as("pages read: %s", requests)
                .containsAll(IntStream.rangeClosed(1, lastPage).boxed().toList());
        assertThat(pages).as("pages read: %s", requests).allMatch(page -> page >= 1);
    }
}
