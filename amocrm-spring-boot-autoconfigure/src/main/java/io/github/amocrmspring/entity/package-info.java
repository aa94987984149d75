/**
 * Reading and saving entities, reached through the accessors of
 * {@link io.github.amocrmspring.client.AmoOperations} ({@code leads()}, {@code contacts()}, ...), for the default
 * account or any other ({@code forAccount(..)}).
 *
 * <pre class="code">
 * Lead lead = amoTemplate.leads().findById(123).orElseThrow();
 * try (Stream&lt;Lead&gt; leads = amoTemplate.leads().stream(LeadQuery.all().status(142))) {
 *     leads.forEach(this::export);
 * }
 * amoTemplate.leads().update(123, found -&gt; found.setSale(found.getSale() + 100));
 * BatchResult&lt;Contact&gt; result = amoTemplate.contacts().saveAll(contacts);
 * </pre>
 *
 * <ul>
 * <li>{@code stream} reads lazily, a page at a time, one page ahead of the consumer; it holds at most two pages.
 * <li>{@code save} writes the id and {@code updated_at} back. An update sends the {@code updated_at} the entity was
 * read with, so that amoCRM rejects it when someone changed the entity in between
 * ({@link io.github.amocrmspring.entity.EntityConflictException}) rather than silently overwriting that change. It
 * runs under the {@link io.github.amocrmspring.guard.EntityGuard} lock of the entity.
 * <li>{@code update(id, change)} reads, changes and saves under one lock: concurrent changes through this client,
 * from any thread or application instance sharing the database, are applied one after the other.
 * <li>{@code saveAll} sends requests of {@code amocrm.batch-size} (at most 500) and returns the saved items and the
 * failures in the order given.
 * </ul>
 */
package io.github.amocrmspring.entity;
