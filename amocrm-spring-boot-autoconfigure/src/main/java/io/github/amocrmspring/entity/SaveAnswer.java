package io.github.amocrmspring.entity;

import io.github.amocrmspring.client.AmoResponse;
import io.github.amocrmspring.error.AmoErrorCodes;
import io.github.amocrmspring.error.AmoItemError;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What amoCRM answered to an add/update request, item by item.
 *
 * <p>Saved items come back in {@code _embedded.items} ({@code id}, and {@code request_id} for adds) and failed ones
 * in {@code _embedded.errors}, keyed by entity id for updates and by position for adds, in the shapes amoCRM uses.
 * Adds are matched by the {@code request_id} the client sent (the position of the item in {@code add}), and by
 * order when amoCRM does not echo it.
 */
final class SaveAnswer {

    private static final long MILLISECONDS_THRESHOLD = 100_000_000_000L;

    private final Outcome[] adds;

    private final Outcome[] updates;

    private SaveAnswer(Outcome[] adds, Outcome[] updates) {
        this.adds = adds;
        this.updates = updates;
    }

    /** Return the outcome of the add at the given position. */
    Outcome add(int index) {
        return this.adds[index];
    }

    /** Return the outcome of the update at the given position. */
    Outcome update(int index) {
        return this.updates[index];
    }

    static SaveAnswer read(JsonNode body, int addCount, List<Long> updateIds) {
        Outcome[] adds = new Outcome[addCount];
        Outcome[] updates = new Outcome[updateIds.size()];
        Map<Long, Integer> updateIndexes = new HashMap<>();
        for (int i = 0; i < updateIds.size(); i++) {
            updateIndexes.putIfAbsent(updateIds.get(i), i);
        }
        List<JsonNode> addItems = new ArrayList<>();
        for (JsonNode item : AmoResponse.items(body)) {
            Long id = longValue(item.get("id"));
            Integer updateIndex = (id != null) ? updateIndexes.get(id) : null;
            if (updateIndex != null && updates[updateIndex] == null) {
                updates[updateIndex] = Outcome.saved(id, instant(item.get("updated_at")));
            } else if (id != null) {
                addItems.add(item);
            }
        }
        JsonNode errors = body.path("_embedded").path("errors");
        Deque<AmoItemError> unplacedAddErrors = new ArrayDeque<>();
        readErrors(errors.path("add"), "add", (key, error) -> {
            Integer index = intValue(key);
            if (index != null && index >= 0 && index < addCount && adds[index] == null) {
                adds[index] = Outcome.failed(error);
            } else {
                unplacedAddErrors.add(error);
            }
        });
        Deque<AmoItemError> unplacedUpdateErrors = new ArrayDeque<>();
        readErrors(errors.path("update"), "update", (key, error) -> {
            Long id = longValue(key);
            Integer index = (id != null) ? updateIndexes.get(id) : null;
            if (index != null && updates[index] == null) {
                updates[index] = Outcome.failed(error);
            } else {
                unplacedUpdateErrors.add(error);
            }
        });
        placeAdds(adds, addItems, unplacedAddErrors);
        fill(updates, unplacedUpdateErrors, "update");
        return new SaveAnswer(adds, updates);
    }

    private static void placeAdds(Outcome[] adds, List<JsonNode> items, Deque<AmoItemError> unplacedErrors) {
        Deque<JsonNode> unplacedItems = new ArrayDeque<>();
        boolean byRequestId = echoesRequestIds(items, adds.length);
        for (JsonNode item : items) {
            Outcome saved = Outcome.saved(longValue(item.get("id")), instant(item.get("updated_at")));
            Integer index = byRequestId ? intValue(item.get("request_id")) : null;
            if (index != null && adds[index] == null) {
                adds[index] = saved;
            } else {
                unplacedItems.add(item);
            }
        }
        for (int i = 0; i < adds.length; i++) {
            if (adds[i] == null && !unplacedItems.isEmpty()) {
                JsonNode item = unplacedItems.poll();
                adds[i] = Outcome.saved(longValue(item.get("id")), instant(item.get("updated_at")));
            }
        }
        fill(adds, unplacedErrors, "add");
    }

    /** Return whether the items carry distinct request ids that can be positions in the batch. */
    private static boolean echoesRequestIds(List<JsonNode> items, int addCount) {
        Set<Integer> seen = new HashSet<>();
        for (JsonNode item : items) {
            Integer requestId = intValue(item.get("request_id"));
            if (requestId == null || requestId < 0 || requestId >= addCount || !seen.add(requestId)) {
                return false;
            }
        }
        return !items.isEmpty();
    }

    private static void fill(Outcome[] outcomes, Deque<AmoItemError> unplacedErrors, String operation) {
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i] == null) {
                AmoItemError error = unplacedErrors.isEmpty()
                        ? new AmoItemError(operation, null, null, "amoCRM reported no result for this item")
                        : unplacedErrors.poll();
                outcomes[i] = Outcome.failed(error);
            }
        }
    }

    private interface ErrorSink {

        void accept(JsonNode key, AmoItemError error);
    }

    private static void readErrors(JsonNode errors, String operation, ErrorSink sink) {
        if (errors.isArray()) {
            int position = 0;
            for (JsonNode error : errors) {
                JsonNode key = error.isObject() ? firstPresent(error, "request_id", "id", "index") : null;
                sink.accept(key, itemError(operation, key, error, position++));
            }
        } else if (errors.isObject()) {
            errors.forEachEntry((name, error) -> {
                JsonNode key = tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(name);
                sink.accept(key, itemError(operation, key, error, -1));
            });
        } else if (!errors.isMissingNode() && !errors.isNull()) {
            sink.accept(null, new AmoItemError(operation, null, null, errors.asString()));
        }
    }

    private static JsonNode firstPresent(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && value.isValueNode()) {
                return value;
            }
        }
        return null;
    }

    private static AmoItemError itemError(String operation, JsonNode key, JsonNode error, int position) {
        String itemKey = (key != null) ? key.asString() : ((position >= 0) ? String.valueOf(position) : null);
        if (error.isObject()) {
            Integer code = intValue(error.get("code"));
            String message = error.path("message").asString(error.path("detail").asString(""));
            if (message.isEmpty()) {
                message = (code != null) ? AmoErrorCodes.describe(code) : error.toString();
            }
            return new AmoItemError(operation, itemKey, code, message);
        }
        return new AmoItemError(operation, itemKey, null, error.asString());
    }

    private static Long longValue(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode() || node.isContainer()) {
            return null;
        }
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        try {
            return Long.parseLong(node.asString().trim());
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    private static Integer intValue(JsonNode node) {
        Long value = longValue(node);
        return (value != null && value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE)
                ? Integer.valueOf(value.intValue())
                : null;
    }

    static Instant instant(JsonNode node) {
        Long value = longValue(node);
        if (value == null) {
            return null;
        }
        return (Math.abs(value) >= MILLISECONDS_THRESHOLD) ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
    }

    /**
     * The outcome of one item: saved, with its id and possibly its new {@code updated_at}, or failed.
     *
     * @param id the id, when saved
     * @param updatedAt the {@code updated_at} amoCRM reported, if it did
     * @param error the error, when not saved
     */
    record Outcome(Long id, Instant updatedAt, AmoItemError error) {

        static Outcome saved(Long id, Instant updatedAt) {
            return new Outcome(id, updatedAt, null);
        }

        static Outcome failed(AmoItemError error) {
            return new Outcome(null, null, error);
        }

        boolean isSaved() {
            return this.error == null;
        }
    }
}
