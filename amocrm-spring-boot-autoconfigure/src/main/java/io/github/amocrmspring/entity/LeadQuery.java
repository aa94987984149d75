package io.github.amocrmspring.entity;

import java.time.Instant;

/** The filters of a list of leads. */
public class LeadQuery extends EntityQuery<LeadQuery> {

    /** Return a query without filters. */
    public static LeadQuery all() {
        return new LeadQuery();
    }

    /** Read only the leads in these statuses ({@code status}). */
    public LeadQuery status(long... statusIds) {
        return param("status", (statusIds.length == 1) ? (Object) statusIds[0] : boxed(statusIds));
    }

    /** Read only the leads created in this range ({@code filter[date_create]}); either end may be null. */
    public LeadQuery createdBetween(Instant from, Instant to) {
        return filterRange("date_create", from, to);
    }

    /** Read only the leads changed in this range ({@code filter[date_modify]}); either end may be null. */
    public LeadQuery modifiedBetween(Instant from, Instant to) {
        return filterRange("date_modify", from, to);
    }

    /** Read only the leads without tasks ({@code filter[tasks]=1}). */
    public LeadQuery withoutTasks() {
        return filter("tasks", 1);
    }

    /** Read only the leads with unfinished tasks ({@code filter[tasks]=2}). */
    public LeadQuery withUnfinishedTasks() {
        return filter("tasks", 2);
    }

    /** Read only the open leads ({@code filter[active]=1}). */
    public LeadQuery activeOnly() {
        return filter("active", 1);
    }

    /**
     * Ask for more ({@code with=}): {@code is_price_modified_by_robot}, {@code loss_reason_name},
     * {@code only_deleted}, {@code catalog_elements_links}.
     */
    public LeadQuery with(String... parts) {
        return param("with", String.join(",", parts));
    }
}
