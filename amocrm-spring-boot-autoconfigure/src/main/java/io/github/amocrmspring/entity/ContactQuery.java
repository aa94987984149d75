package io.github.amocrmspring.entity;

/** The filters of a list of contacts. */
public class ContactQuery extends EntityQuery<ContactQuery> {

    /** Return a query without filters. */
    public static ContactQuery all() {
        return new ContactQuery();
    }
}
