package io.github.amocrmspring.entity;

import io.github.amocrmspring.client.AmoOperations;
import io.github.amocrmspring.client.AmoRequest;
import io.github.amocrmspring.model.Catalog;
import io.github.amocrmspring.model.CatalogElement;
import io.github.amocrmspring.model.EntityType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

/**
 * Reading, saving and deleting the elements of catalogs ({@code /api/v2/catalog_elements}).
 *
 * <p>amoCRM pages this list by page number and does not document the page size, so a stream ends at a 204, at an
 * empty page, or at a page shorter than the first one.
 */
public class CatalogElementOperations extends EntityOperations<CatalogElement, CatalogElementQuery> {

    public CatalogElementOperations(AmoOperations account, EntityContext context) {
        super(account, context, CatalogElement.class, EntityType.CATALOG_ELEMENT);
    }

    /**
     * Read one element by id, looking for it in each catalog, since amoCRM lists elements by catalog. Prefer
     * {@link #findById(long, long)} when the catalog is known.
     */
    @Override
    public Optional<CatalogElement> findById(long id) {
        for (Catalog catalog : new CatalogOperations(account(), context()).findAll()) {
            Optional<CatalogElement> element = findById(catalog.getId(), id);
            if (element.isPresent()) {
                return element;
            }
        }
        return Optional.empty();
    }

    @Override
    protected List<CatalogElement> readCurrent(List<CatalogElement> elements) {
        List<CatalogElement> current = new ArrayList<>();
        for (CatalogElement element : elements) {
            Optional<CatalogElement> found = (element.getCatalogId() != null)
                    ? findById(element.getCatalogId(), element.getId())
                    : findById(element.getId());
            found.ifPresent(current::add);
        }
        return current;
    }

    /** Read one element of a catalog by id. */
    public Optional<CatalogElement> findById(long catalogId, long id) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("catalog_id", catalogId);
        params.put("id", id);
        return findOne(params, id);
    }

    @Override
    protected AmoRequest pageRequest(CatalogElementQuery query, int pageIndex) {
        int firstPage = (query.getPage() != null) ? query.getPage() : 1;
        return withModifiedSince(
                AmoRequest.get(path(), query.getParams()).withParam("page", firstPage + pageIndex), query);
    }

    @Override
    public Stream<CatalogElement> stream(CatalogElementQuery query) {
        CompletableFuture<Integer> firstPageSize = new CompletableFuture<>();
        return PrefetchingSpliterator.stream(
                pageIndex -> {
                    List<CatalogElement> items = entities(account().exchange(pageRequest(query, pageIndex)));
                    if (pageIndex == 0) {
                        firstPageSize.complete(items.size());
                    }
                    boolean last = items.isEmpty() || items.size() < await(firstPageSize);
                    return new PrefetchingSpliterator.Page<>(items, last);
                },
                context().getPrefetchExecutor(),
                context().getPrefetchPages(),
                context().getSecondPageAfter());
    }

    /** Return the size of the first page, which sets the page size: a later page may arrive before it. */
    private static int await(CompletableFuture<Integer> firstPageSize) {
        try {
            return firstPageSize.get();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while waiting for the first page");
        } catch (ExecutionException ex) {
            throw new IllegalStateException("Could not read the first page", ex.getCause());
        }
    }

    /** Delete elements, in requests of {@code amocrm.batch-size}. */
    public void delete(Collection<CatalogElement> elements) {
        EntityDeletion.delete(
                account(), path(), elements.stream().map(CatalogElement::getId).toList());
    }

    /** Delete elements by id, in requests of {@code amocrm.batch-size}. */
    public void deleteById(long... ids) {
        EntityDeletion.delete(account(), path(), CatalogOperations.boxed(ids));
    }
}
