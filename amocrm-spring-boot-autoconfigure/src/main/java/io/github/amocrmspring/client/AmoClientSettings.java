package io.github.amocrmspring.client;

/**
 * Settings that shape the requests of every account.
 *
 * @param pageSize how many entities to ask for per page when reading lists (1 to 500)
 * @param batchSize how many entities to send per request when saving many (1 to 500)
 */
public record AmoClientSettings(int pageSize, int batchSize) {

    /** The settings amoCRM recommends: pages of 500, batches of 250. */
    public static AmoClientSettings defaults() {
        return new AmoClientSettings(500, 250);
    }
}
