package io.github.amocrmspring.docs.cookbook;

import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.model.Catalog;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The catalog (list) examples of the cookbook. */
final class CatalogExamples {

    private static final Logger log = LoggerFactory.getLogger(CatalogExamples.class);

    private CatalogExamples() {}

    static List<Catalog> readAndSave(AmoTemplate amo, long catalogId, long otherCatalogId) {
        // tag::catalogs[]
        // Every catalog of the account
        amo.catalogs().findAll().forEach(catalog -> log.info("Catalog {}: {}", catalog.getId(), catalog.getName()));

        // A new catalog
        Catalog catalog = new Catalog("Товары на складе");
        amo.catalogs().save(catalog);
        long newCatalogId = catalog.getId();

        // Rename two catalogs in one request
        Catalog renamed = new Catalog("Не товары");
        renamed.setId(catalogId);
        Catalog other = amo.catalogs().findById(otherCatalogId).orElseThrow();
        other.setName("Актуальные товары");
        amo.catalogs().saveAll(List.of(renamed, other)).orThrow();

        // Delete catalogs
        amo.catalogs().delete(List.of(renamed, other));
        // end::catalogs[]
        log.info("Created catalog {}", newCatalogId);
        return List.of(catalog, renamed, other);
    }
}
