package io.github.amocrmspring.entity;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The filters of a list request: the parameters every list of amoCRM takes, and any other through
 * {@link #param(String, Object)} and {@link #filter(String, Object)}.
 *
 * <p>{@link #limitRows(int)} and {@link #limitOffset(int)} choose the page read by {@code find}; {@code stream}
 * starts at the offset and reads pages of the limit (or of {@code amocrm.page-size}) until the end.
 *
 * @param <Q> the concrete query type, returned by the fluent methods
 */
public abstract class EntityQuery<Q extends EntityQuery<Q>> {

    private final Map<String, Object> params = new LinkedHashMap<>();

    private Integer limitRows;

    private Integer limitOffset;

    private Instant modifiedSince;

    /** Read at most this many entities per request (amoCRM allows 500). */
    public Q limitRows(int rows) {
        if (rows < 1 || rows > 500) {
            throw new IllegalArgumentException("limit_rows must be between 1 and 500, was " + rows);
        }
        this.limitRows = rows;
        return self();
    }

    /** Skip this many entities. */
    public Q limitOffset(int offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("limit_offset must not be negative, was " + offset);
        }
        this.limitOffset = offset;
        return self();
    }

    /** Read only the entities with these ids; amoCRM then ignores every other filter. */
    public Q id(long... ids) {
        return param("id", (ids.length == 1) ? (Object) ids[0] : boxed(ids));
    }

    /** Search the filled fields (name, phone, e-mail, custom fields, ...) for the given text. */
    public Q query(String text) {
        return param("query", text);
    }

    /** Read only the entities of these responsible users. */
    public Q responsibleUser(long... userIds) {
        return param("responsible_user_id", (userIds.length == 1) ? (Object) userIds[0] : boxed(userIds));
    }

    /** Read only the entities changed after the given instant ({@code If-Modified-Since}). */
    public Q modifiedSince(Instant instant) {
        this.modifiedSince = instant;
        return self();
    }

    /** Add any query parameter; nested maps and lists become {@code name[key][0]=...}. */
    public Q param(String name, Object value) {
        this.params.put(name, value);
        return self();
    }

    /** Add a filter, sent as {@code filter[name]=value}; a map value nests further. */
    @SuppressWarnings("unchecked")
    public Q filter(String name, Object value) {
        Map<String, Object> filter =
                (Map<String, Object>) this.params.computeIfAbsent("filter", key -> new LinkedHashMap<String, Object>());
        filter.put(name, value);
        return self();
    }

    /** Add a filter on a range of times, sent as {@code filter[name][from]} and {@code filter[name][to]}. */
    protected Q filterRange(String name, Instant from, Instant to) {
        Map<String, Object> range = new LinkedHashMap<>();
        if (from != null) {
            range.put("from", from.getEpochSecond());
        }
        if (to != null) {
            range.put("to", to.getEpochSecond());
        }
        return filter(name, range);
    }

    /** Return the parameters other than the page, unmodifiable. */
    public Map<String, Object> getParams() {
        return Collections.unmodifiableMap(this.params);
    }

    public Integer getLimitRows() {
        return this.limitRows;
    }

    public Integer getLimitOffset() {
        return this.limitOffset;
    }

    public Instant getModifiedSince() {
        return this.modifiedSince;
    }

    protected static List<Long> boxed(long... values) {
        return Arrays.stream(values).boxed().toList();
    }

    @SuppressWarnings("unchecked")
    protected final Q self() {
        return (Q) this;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + this.params;
    }
}
