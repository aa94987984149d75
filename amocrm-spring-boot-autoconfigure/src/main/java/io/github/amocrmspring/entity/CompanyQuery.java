package io.github.amocrmspring.entity;

/** The filters of a list of companies. */
public class CompanyQuery extends EntityQuery<CompanyQuery> {

    /** Return a query without filters. */
    public static CompanyQuery all() {
        return new CompanyQuery();
    }
}
