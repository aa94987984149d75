package io.github.amocrmspring.docs.cookbook;

import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.entity.CatalogElementQuery;
import io.github.amocrmspring.model.CatalogElement;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The catalog element examples of the cookbook. */
final class CatalogElementExamples {

    private static final Logger log = LoggerFactory.getLogger(CatalogElementExamples.class);

    private CatalogElementExamples() {}

    static List<CatalogElement> read(AmoTemplate amo, long catalogId) {
        // tag::catalog-elements-read[]
        // Every element of a catalog that matches a search
        try (Stream<CatalogElement> elements =
                amo.catalogElements().stream(CatalogElementQuery.of(catalogId).term("Маркер"))) {
            elements.forEach(element -> log.info("Element {}: {}", element.getId(), element.getName()));
        }

        // One page (numbered from 1) of the elements that match a search
        List<CatalogElement> page = amo.catalogElements()
                .find(CatalogElementQuery.of(catalogId).term("Фломастер").page(21));
        // end::catalog-elements-read[]
        return page;
    }

    static CatalogElement create(AmoTemplate amo, long catalogId, long skuFieldId, long priceFieldId) {
        // tag::catalog-elements-create[]
        CatalogElement element = new CatalogElement(catalogId, "Ручка гелевая")
                .setCustomField(skuFieldId, "Артикул 14567323")
                .setCustomField(priceFieldId, 120);
        amo.catalogElements().save(element);
        long elementId = element.getId();
        // end::catalog-elements-create[]
        log.info("Created element {}", elementId);
        return element;
    }

    static List<CatalogElement> updateAndDelete(AmoTemplate amo, long catalogId, long elementId, long otherElementId) {
        // tag::catalog-elements-update[]
        CatalogElement renamed = new CatalogElement(catalogId, "Ручка перьевая");
        renamed.setId(elementId);
        CatalogElement other =
                amo.catalogElements().findById(catalogId, otherElementId).orElseThrow();
        other.setName("Карандаш");
        amo.catalogElements().saveAll(List.of(renamed, other)).orThrow();

        amo.catalogElements().delete(List.of(renamed, other));
        // end::catalog-elements-update[]
        return List.of(renamed, other);
    }
}
