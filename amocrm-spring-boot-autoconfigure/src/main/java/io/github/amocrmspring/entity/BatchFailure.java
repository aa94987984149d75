package io.github.amocrmspring.entity;

import io.github.amocrmspring.error.AmoItemError;

/**
 * One item of a batch that amoCRM did not save.
 *
 * @param index the position of the item in the collection given to the batch
 * @param item the item
 * @param error why it was not saved
 * @param <T> the type of the items
 */
public record BatchFailure<T>(int index, T item, AmoItemError error) {}
