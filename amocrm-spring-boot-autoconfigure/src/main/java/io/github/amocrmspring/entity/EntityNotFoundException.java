package io.github.amocrmspring.entity;

import io.github.amocrmspring.error.AmoException;
import io.github.amocrmspring.model.EntityType;
import java.util.Locale;

/** Raised when an entity that an operation needs does not exist in the account. */
public class EntityNotFoundException extends AmoException {

    EntityNotFoundException(String accountHost, String path, EntityType entityType, long entityId) {
        super(
                "There is no " + entityType.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + entityId
                        + " in account " + accountHost,
                accountHost,
                path);
    }
}
