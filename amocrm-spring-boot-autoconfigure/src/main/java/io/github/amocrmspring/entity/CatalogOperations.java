package io.github.amocrmspring.entity;

import io.github.amocrmspring.client.AmoOperations;
import io.github.amocrmspring.client.AmoRequest;
import io.github.amocrmspring.model.Catalog;
import io.github.amocrmspring.model.EntityType;
import java.util.Collection;
import java.util.List;

/** Reading, saving and deleting the catalogs (lists) of one account ({@code /api/v2/catalogs}). */
public class CatalogOperations extends EntityOperations<Catalog, CatalogQuery> {

    public CatalogOperations(AmoOperations account, EntityContext context) {
        super(account, context, Catalog.class, EntityType.CATALOG);
    }

    /** Read every catalog; amoCRM does not page this list. */
    public List<Catalog> findAll() {
        return entities(account().exchange(AmoRequest.get(path())));
    }

    /** Catalogs are not paged: the query's ids are the only filter sent. */
    @Override
    protected AmoRequest pageRequest(CatalogQuery query, int pageIndex) {
        return AmoRequest.get(path(), query.getParams());
    }

    @Override
    protected int pageSize(EntityQuery<?> query) {
        return Integer.MAX_VALUE;
    }

    /** Delete catalogs, in requests of {@code amocrm.batch-size}. */
    public void delete(Collection<Catalog> catalogs) {
        EntityDeletion.delete(
                account(), path(), catalogs.stream().map(Catalog::getId).toList());
    }

    /** Delete catalogs by id, in requests of {@code amocrm.batch-size}. */
    public void deleteById(long... ids) {
        EntityDeletion.delete(account(), path(), boxed(ids));
    }

    static List<Long> boxed(long... ids) {
        return java.util.Arrays.stream(ids).boxed().toList();
    }
}
