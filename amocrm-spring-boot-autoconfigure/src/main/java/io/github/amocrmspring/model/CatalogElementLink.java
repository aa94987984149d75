package io.github.amocrmspring.model;

/**
 * An element of a catalog linked to a lead, with its quantity.
 *
 * @param catalogId the id of the catalog
 * @param elementId the id of the element
 * @param quantity how many of the element
 */
public record CatalogElementLink(long catalogId, long elementId, int quantity) {}
