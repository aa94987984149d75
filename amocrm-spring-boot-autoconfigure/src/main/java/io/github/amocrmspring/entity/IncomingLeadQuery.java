package io.github.amocrmspring.entity;

import java.util.List;

/**
 * The filters of the list of incoming requests. amoCRM pages this list by page number ({@code page} from 1,
 * {@code page_size} up to 500) rather than by offset.
 */
public class IncomingLeadQuery extends EntityQuery<IncomingLeadQuery> {

    private Integer page;

    /** Return a query without filters. */
    public static IncomingLeadQuery all() {
        return new IncomingLeadQuery();
    }

    /** Read only the requests of these categories: {@code sip}, {@code mail}, {@code forms}, {@code chats}. */
    public IncomingLeadQuery categories(String... categories) {
        return param("categories", List.of(categories));
    }

    /** Read only the request with this uid. */
    public IncomingLeadQuery uid(String uid) {
        return param("uid", uid);
    }

    /** Read only the requests of this pipeline. */
    public IncomingLeadQuery pipelineId(long pipelineId) {
        return param("pipeline_id", pipelineId);
    }

    /** Order by creation time ({@code order_by[created_at]}). */
    public IncomingLeadQuery orderByCreatedAt(boolean ascending) {
        return param("order_by", java.util.Map.of("created_at", ascending ? "asc" : "desc"));
    }

    /** Read this page, numbered from 1; a stream starts at it. */
    public IncomingLeadQuery page(int page) {
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
