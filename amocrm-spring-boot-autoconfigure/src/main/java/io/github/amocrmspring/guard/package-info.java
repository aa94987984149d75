/**
 * The entity guard: a lock per entity (account host, entity type and id) held while an entity is saved, so that
 * saves of one entity never overlap. {@link io.github.amocrmspring.guard.JdbcEntityGuard} shares it between the
 * instances of an application through a row lock in their database;
 * {@link io.github.amocrmspring.guard.InMemoryEntityGuard} serves a single instance. Waiting is bounded by
 * {@code amocrm.entity-guard.attempts} and {@code amocrm.entity-guard.pause}, and ends in an
 * {@link io.github.amocrmspring.guard.EntityLockException}, never in an unlocked save.
 */
package io.github.amocrmspring.guard;
