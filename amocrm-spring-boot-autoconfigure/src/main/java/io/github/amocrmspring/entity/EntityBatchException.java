package io.github.amocrmspring.entity;

import io.github.amocrmspring.error.AmoBatchException;
import java.util.List;

/** Raised by {@link BatchResult#orThrow()}: some items of a batch were saved and others were not. */
public class EntityBatchException extends AmoBatchException {

    private final transient BatchResult<?> result;

    EntityBatchException(String accountHost, String path, BatchResult<?> result) {
        super(
                accountHost,
                "POST",
                path,
                200,
                result.failures().stream().map(BatchFailure::error).toList(),
                List.of());
        this.result = result;
    }

    /** Return the saved items and the failures. */
    public BatchResult<?> getResult() {
        return this.result;
    }
}
