package io.github.amocrmspring.entity;

/**
 * The filters of a list of catalog elements. amoCRM lists the elements of one catalog at a time, in pages
 * numbered from 1 ({@code page}) rather than by offset.
 */
public class CatalogElementQuery extends EntityQuery<CatalogElementQuery> {

    private Integer page;

    private CatalogElementQuery(long catalogId) {
        param("catalog_id", catalogId);
    }

    /** Return a query for the elements of a catalog. */
    public static CatalogElementQuery of(long catalogId) {
        return new CatalogElementQuery(catalogId);
    }

    /** Search the elements by name ({@code term}). */
    public CatalogElementQuery term(String term) {
        return param("term", term);
    }

    /** Read this page, numbered from 1; a stream starts at it. */
    public CatalogElementQuery page(int page) {
        if (page < 1) {
            throw new IllegalArgumentException("page must be at least 1, was " + page);
        }
        this.page = page;
        return this;
    }

    public Integer getPage() {
        return this.page;
    }
}
