/**
 * The amoCRM entities and account data as Java objects: {@link io.github.amocrmspring.model.Lead},
 * {@link io.github.amocrmspring.model.Contact}, {@link io.github.amocrmspring.model.Company},
 * {@link io.github.amocrmspring.model.Task}, {@link io.github.amocrmspring.model.Note},
 * {@link io.github.amocrmspring.model.Catalog}, {@link io.github.amocrmspring.model.CatalogElement},
 * {@link io.github.amocrmspring.model.IncomingLead}, {@link io.github.amocrmspring.model.Webhook},
 * {@link io.github.amocrmspring.model.Widget}, {@link io.github.amocrmspring.model.Pipeline} and
 * {@link io.github.amocrmspring.model.Account}.
 *
 * <p>Conventions:
 * <ul>
 * <li>Times are {@link java.time.Instant}s; amoCRM's Unix seconds are converted both ways (a few answers carry
 * milliseconds, recognised by their size).
 * <li>Element types, task types, note types and custom field types are small value types with the documented codes
 * as constants; a code amoCRM sends that is not documented is kept, not rejected.
 * <li>Every key amoCRM sends that a class does not map is kept ({@code getOtherFields()}), so an object read and
 * written back as JSON loses nothing.
 * <li>{@link io.github.amocrmspring.model.AmoEntity#toRequestItem()} gives the form amoCRM takes on add and update.
 * On an update it carries only what was changed through the object among custom fields, tags and links, so
 * that changes made by others to the rest are left alone; removing every tag sends an empty tag list, which
 * clears them.
 * <li>Links are additive, as amoCRM applies them: {@code linkContacts} adds, {@code unlinkContacts} sends
 * {@code unlink}; neither replaces the whole set.
 * </ul>
 */
package io.github.amocrmspring.model;
