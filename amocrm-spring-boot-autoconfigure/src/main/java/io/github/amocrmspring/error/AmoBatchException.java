package io.github.amocrmspring.error;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Raised when amoCRM accepted a batch but reported errors for some of its items; the items that did succeed are
 * kept so the caller can tell what was saved.
 */
public class AmoBatchException extends AmoApiException {

    private final List<AmoItemError> itemErrors;

    private final List<JsonNode> succeededItems;

    public AmoBatchException(
            String accountHost,
            String method,
            String path,
            int status,
            List<AmoItemError> itemErrors,
            List<JsonNode> succeededItems) {
        super(
                message(accountHost, method, path, itemErrors, succeededItems),
                accountHost,
                path,
                status,
                itemErrors.stream()
                        .map(AmoItemError::code)
                        .filter(code -> code != null)
                        .toList(),
                null);
        this.itemErrors = List.copyOf(itemErrors);
        this.succeededItems = List.copyOf(succeededItems);
    }

    /** Return the errors of the failed items. */
    public List<AmoItemError> getItemErrors() {
        return this.itemErrors;
    }

    /** Return the items amoCRM reported as saved (from {@code _embedded.items}). */
    public List<JsonNode> getSucceededItems() {
        return this.succeededItems;
    }

    private static String message(
            String accountHost,
            String method,
            String path,
            List<AmoItemError> itemErrors,
            List<JsonNode> succeededItems) {
        StringBuilder message = new StringBuilder("amoCRM reported ")
                .append(itemErrors.size())
                .append(" failed item(s) (")
                .append(succeededItems.size())
                .append(" succeeded) for ")
                .append(describe(accountHost, method, path))
                .append(':');
        itemErrors.stream().limit(10).forEach(error -> {
            message.append(' ').append(error.operation());
            if (error.key() != null) {
                message.append(' ').append(error.key());
            }
            if (error.code() != null) {
                message.append(" [").append(error.code()).append(']');
            }
            message.append(": ").append(error.message()).append(';');
        });
        if (itemErrors.size() > 10) {
            message.append(" ...");
        }
        return message.toString();
    }
}
