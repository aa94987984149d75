package io.github.amocrmspring.error;

import org.jspecify.annotations.Nullable;

/**
 * One failed item of a batch request, as amoCRM reported it in {@code _embedded.errors}.
 *
 * @param operation the part of the batch the item belonged to ({@code add}, {@code update}, {@code delete})
 * @param key the id of the entity for update errors, or the position of the item in the batch, if amoCRM gave one
 * @param code the amoCRM error code, if amoCRM gave one
 * @param message the error text amoCRM gave, or the description of the code
 */
public record AmoItemError(
        String operation, @Nullable String key, @Nullable Integer code, String message) {}
