package io.github.amocrmspring.entity;

/** The filters of the list of catalogs; amoCRM takes only ids. */
public class CatalogQuery extends EntityQuery<CatalogQuery> {

    /** Return a query without filters. */
    public static CatalogQuery all() {
        return new CatalogQuery();
    }
}
