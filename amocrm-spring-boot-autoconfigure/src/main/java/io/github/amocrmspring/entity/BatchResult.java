package io.github.amocrmspring.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The outcome of a batch: the items amoCRM saved and those it did not, each in the order they were given.
 *
 * <p>Saved entities have their id and {@code updated_at} written back. {@link #orThrow()} turns failures into an
 * {@link EntityBatchException} for callers that want all or nothing reported as an exception.
 *
 * @param <T> the type of the items
 */
public final class BatchResult<T> {

    private final String accountHost;

    private final String path;

    private final List<T> saved;

    private final List<BatchFailure<T>> failures;

    BatchResult(String accountHost, String path, List<T> saved, List<BatchFailure<T>> failures) {
        this.accountHost = accountHost;
        this.path = path;
        this.saved = Collections.unmodifiableList(new ArrayList<>(saved));
        this.failures = Collections.unmodifiableList(new ArrayList<>(failures));
    }

    /** Return the items amoCRM saved, in the order they were given. */
    public List<T> saved() {
        return this.saved;
    }

    /** Return the items amoCRM did not save with the reason, in the order they were given. */
    public List<BatchFailure<T>> failures() {
        return this.failures;
    }

    /** Return whether some items were not saved. */
    public boolean hasFailures() {
        return !this.failures.isEmpty();
    }

    /**
     * Return the saved items, or raise an exception that carries both the saved items and the failures.
     * @return the saved items, when every item was saved
     * @throws EntityBatchException if some items were not saved
     */
    public List<T> orThrow() {
        if (hasFailures()) {
            throw new EntityBatchException(this.accountHost, this.path, this);
        }
        return this.saved;
    }

    @Override
    public String toString() {
        return "BatchResult[saved=" + this.saved.size() + ", failed=" + this.failures.size() + "]";
    }
}
