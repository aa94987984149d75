package io.github.amocrmspring.test.server;

import io.github.amocrmspring.test.server.StoredEntity.FieldValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The list ({@code GET}) and batch save ({@code POST}) endpoints shared by contacts, leads, companies, tasks, notes
 * and catalog elements.
 *
 * <p>Lists are ordered by id, at most {@value #MAX_ROWS} items a page, and answer 204 with no body when nothing
 * matches. A save applies every item on its own: accepted items appear under {@code _embedded.items} in request
 * order (additions first, then updates), rejected ones under {@code _embedded.errors}, and the answer is 200 either
 * way.
 */
final class EntityEndpoint {

    static final int MAX_ROWS = 500;

    static final int MAX_BATCH = 500;

    static final int CATALOG_PAGE_SIZE = 50;

    static final String OLDER_THAN_STORED = "Last modified date is older than in database";

    private final int oversizedBatchStatus;

    EntityEndpoint(int oversizedBatchStatus) {
        this.oversizedBatchStatus = oversizedBatchStatus;
    }

    // ---- list ----

    FakeResponse list(FakeRequest request, FakeAccount account, EntityType type) {
        ObjectNode query = request.query();
        if (type == EntityType.NOTE && EntityType.ofName(Json.asText(query.path("type"))) == null) {
            return FakeResponse.legacyError(400, "Notes list requires the parameter 'type'", "221");
        }
        if (type == EntityType.CATALOG_ELEMENT && Json.asLong(query.path("catalog_id")) == null) {
            return FakeResponse.legacyError(400, "Catalog elements list requires the parameter 'catalog_id'", "285");
        }
        Collection<StoredEntity> candidates = candidates(account, type, query);
        Predicate<StoredEntity> filter = query.has("id")
                ? deletedFilter(query, type)
                : filter(request, account, type).and(deletedFilter(query, type));
        int limit = MAX_ROWS;
        int offset = 0;
        if (type == EntityType.CATALOG_ELEMENT) {
            limit = CATALOG_PAGE_SIZE;
            offset = (int) Math.max(0, (Json.asLong(query.path("page"), 1) - 1) * CATALOG_PAGE_SIZE);
        } else if (Json.asLong(query.path("limit_rows")) != null) {
            limit = (int) Math.min(MAX_ROWS, Math.max(1, Json.asLong(query.path("limit_rows"), MAX_ROWS)));
            offset = (int) Math.max(0, Json.asLong(query.path("limit_offset"), 0));
        }
        EntityRenderer renderer = new EntityRenderer(account, withParts(query).contains("catalog_elements_links"));
        ArrayNode items = Json.array();
        int skipped = 0;
        for (StoredEntity entity : candidates) {
            if (!filter.test(entity)) {
                continue;
            }
            if (skipped < offset) {
                skipped++;
                continue;
            }
            items.add(renderer.render(entity));
            if (items.size() == limit) {
                break;
            }
        }
        if (items.isEmpty()) {
            return FakeResponse.noContent();
        }
        ObjectNode body = Json.object();
        body.set("_links", Json.selfLink(request.pathWithQuery(), "get"));
        body.putObject("_embedded").set("items", items);
        return FakeResponse.hal(200, body);
    }

    /** Returns the entities named by {@code id} (any of its three forms) in id order, or all of them. */
    private Collection<StoredEntity> candidates(FakeAccount account, EntityType type, ObjectNode query) {
        if (!query.has("id")) {
            return account.store(type).values();
        }
        Set<Long> ids = new TreeSet<>(Json.asLongList(query.path("id")));
        List<StoredEntity> found = new ArrayList<>();
        for (Long id : ids) {
            StoredEntity entity = account.store(type).get(id);
            if (entity != null) {
                found.add(entity);
            }
        }
        return found;
    }

    private Predicate<StoredEntity> deletedFilter(ObjectNode query, EntityType type) {
        boolean onlyDeleted = type == EntityType.LEAD && withParts(query).contains("only_deleted");
        return (entity) -> entity.deleted == onlyDeleted;
    }

    private Predicate<StoredEntity> filter(FakeRequest request, FakeAccount account, EntityType type) {
        ObjectNode query = request.query();
        List<Predicate<StoredEntity>> filters = new ArrayList<>();
        String search = Json.asText(query.path("query"));
        if (search != null && !search.isBlank()) {
            String needle = search.trim().toLowerCase(Locale.ROOT);
            filters.add((entity) -> matchesQuery(entity, needle));
        }
        List<Long> responsible = Json.asLongList(query.path("responsible_user_id"));
        if (!responsible.isEmpty()) {
            filters.add((entity) -> responsible.contains(entity.responsibleUserId));
        }
        Long modifiedSince = DateParameters.parse(request.header("If-Modified-Since"));
        if (modifiedSince != null) {
            filters.add((entity) -> entity.updatedAt > modifiedSince);
        }
        JsonNode dateFilter = query.path("filter");
        addRange(filters, dateFilter.path("date_create"), (entity) -> entity.createdAt);
        addRange(filters, dateFilter.path("date_modify"), (entity) -> entity.updatedAt);
        switch (type) {
            case LEAD -> leadFilters(filters, query, account);
            case TASK -> taskFilters(filters, query, account);
            case NOTE -> noteFilters(filters, query);
            case CATALOG_ELEMENT -> catalogElementFilters(filters, query);
            case CUSTOMER -> customerFilters(filters, query);
            default -> {}
        }
        return (entity) -> {
            for (Predicate<StoredEntity> predicate : filters) {
                if (!predicate.test(entity)) {
                    return false;
                }
            }
            return true;
        };
    }

    private void leadFilters(List<Predicate<StoredEntity>> filters, ObjectNode query, FakeAccount account) {
        List<Long> statuses = Json.asLongList(query.path("status"));
        if (!statuses.isEmpty()) {
            filters.add((lead) -> statuses.contains(lead.statusId));
        }
        JsonNode filter = query.path("filter");
        if (Json.asBoolean(filter.path("active"), false)) {
            filters.add((lead) -> lead.statusId != 142 && lead.statusId != 143);
        }
        long tasks = Json.asLong(filter.path("tasks"), 0);
        if (tasks == 1 || tasks == 2) {
            Set<Long> withOpenTasks = new TreeSet<>();
            Set<Long> withOverdueTasks = new TreeSet<>();
            long now = account.now();
            for (StoredEntity task : account.store(EntityType.TASK).values()) {
                if (task.elementType == EntityType.LEAD.elementType() && !task.completed) {
                    withOpenTasks.add(task.elementId);
                    if (task.completeTillAt < now) {
                        withOverdueTasks.add(task.elementId);
                    }
                }
            }
            filters.add(
                    (tasks == 1)
                            ? (lead) -> !withOpenTasks.contains(lead.id)
                            : (lead) -> withOverdueTasks.contains(lead.id));
        }
    }

    private void taskFilters(List<Predicate<StoredEntity>> filters, ObjectNode query, FakeAccount account) {
        List<Long> elementIds = Json.asLongList(query.path("element_id"));
        if (!elementIds.isEmpty()) {
            filters.add((task) -> elementIds.contains(task.elementId));
        }
        EntityType elementType = EntityType.ofName(Json.asText(query.path("type")));
        if (elementType != null) {
            filters.add((task) -> task.elementType == elementType.elementType());
        }
        JsonNode filter = query.path("filter");
        List<Long> statuses = Json.asLongList(filter.path("status"));
        if (!statuses.isEmpty()) {
            filters.add((task) -> statuses.contains(task.completed ? 1L : 0L));
        }
        List<Long> taskTypes = Json.asLongList(filter.path("task_type"));
        if (!taskTypes.isEmpty()) {
            filters.add((task) -> taskTypes.contains(task.taskType));
        }
        List<Long> creators = Json.asLongList(filter.path("created_by"));
        if (!creators.isEmpty()) {
            filters.add((task) -> creators.contains(task.createdBy));
        }
        if (filter.path("pipe").isObject()) {
            List<Long> stages = Json.asLongList(filter.path("pipe"));
            filters.add((task) -> {
                StoredEntity lead = (task.elementType == EntityType.LEAD.elementType())
                        ? account.store(EntityType.LEAD).get(task.elementId)
                        : null;
                return lead != null && stages.contains(lead.statusId);
            });
        }
    }

    private void noteFilters(List<Predicate<StoredEntity>> filters, ObjectNode query) {
        EntityType elementType = EntityType.ofName(Json.asText(query.path("type")));
        filters.add((note) -> note.elementType == elementType.elementType());
        List<Long> elementIds = Json.asLongList(query.path("element_id"));
        if (!elementIds.isEmpty()) {
            filters.add((note) -> elementIds.contains(note.elementId));
        }
        List<Long> noteTypes = Json.asLongList(query.path("note_type"));
        if (!noteTypes.isEmpty()) {
            filters.add((note) -> noteTypes.contains(note.noteType));
        }
    }

    private void customerFilters(List<Predicate<StoredEntity>> filters, ObjectNode query) {
        JsonNode filter = query.path("filter");
        List<Long> users = Json.asLongList(filter.path("main_user"));
        if (!users.isEmpty()) {
            filters.add((customer) -> users.contains(customer.responsibleUserId));
        }
        boolean byModification = "modify".equals(Json.asText(filter.path("date").path("type")));
        addRange(filters, filter.path("date"), (customer) -> byModification ? customer.updatedAt : customer.createdAt);
        addRange(filters, filter.path("next_date"), (customer) -> customer.nextDate);
    }

    private void catalogElementFilters(List<Predicate<StoredEntity>> filters, ObjectNode query) {
        long catalogId = Json.asLong(query.path("catalog_id"), 0);
        filters.add((element) -> element.catalogId == catalogId);
        String term = Json.asText(query.path("term"));
        if (term != null && !term.isBlank()) {
            String needle = term.trim().toLowerCase(Locale.ROOT);
            filters.add((element) -> element.name.toLowerCase(Locale.ROOT).contains(needle));
        }
    }

    private void addRange(List<Predicate<StoredEntity>> filters, JsonNode range, TimestampOf timestamp) {
        Long from = DateParameters.parse(Json.asText(range.path("from")));
        Long to = DateParameters.parse(Json.asText(range.path("to")));
        if (from != null) {
            filters.add((entity) -> timestamp.of(entity) >= from);
        }
        if (to != null) {
            filters.add((entity) -> timestamp.of(entity) <= to);
        }
    }

    private static boolean matchesQuery(StoredEntity entity, String needle) {
        if (entity.name.toLowerCase(Locale.ROOT).contains(needle)
                || entity.text.toLowerCase(Locale.ROOT).contains(needle)) {
            return true;
        }
        for (List<FieldValue> values : entity.customFields.values()) {
            for (FieldValue value : values) {
                String text = value.value().isContainer()
                        ? Json.write(value.value())
                        : value.value().asString();
                if (text.toLowerCase(Locale.ROOT).contains(needle)) {
                    return true;
                }
            }
        }
        return false;
    }

    static Set<String> withParts(ObjectNode query) {
        Set<String> parts = new TreeSet<>();
        JsonNode with = query.path("with");
        List<JsonNode> values = with.isContainer() ? Json.elements(with) : List.of(with);
        for (JsonNode value : values) {
            String text = Json.asText(value);
            if (text != null) {
                for (String part : text.split(",")) {
                    parts.add(part.trim());
                }
            }
        }
        return parts;
    }

    @FunctionalInterface
    private interface TimestampOf {

        long of(StoredEntity entity);
    }

    // ---- save ----

    FakeResponse save(FakeRequest request, FakeAccount account, EntityType type, long userId) {
        JsonNode body = request.bodyJson();
        BatchCodes codes = BatchCodes.of(type);
        boolean hasDelete = (type == EntityType.CATALOG_ELEMENT || type == EntityType.CUSTOMER) && body.has("delete");
        if (!body.has("add") && !body.has("update") && !hasDelete) {
            return FakeResponse.legacyError(400, "Empty request: expected 'add' or 'update'", codes.emptyRequest());
        }
        List<JsonNode> additions = Json.elements(body.path("add"));
        List<JsonNode> updates = Json.elements(body.path("update"));
        List<Long> deletions = hasDelete ? Json.asLongList(body.path("delete")) : List.of();
        if (additions.isEmpty() && updates.isEmpty() && deletions.isEmpty()) {
            String code = body.has("add") ? codes.addEmpty() : codes.updateEmpty();
            return FakeResponse.legacyError(400, "Empty array of " + type.plural(), code);
        }
        if (additions.size() + updates.size() + deletions.size() > MAX_BATCH) {
            return oversizedBatch(type);
        }
        EntityWriter writer = new EntityWriter(account, userId);
        ArrayNode items = Json.array();
        ObjectNode addErrors = Json.object();
        ObjectNode updateErrors = Json.object();
        for (int index = 0; index < additions.size(); index++) {
            JsonNode item = additions.get(index);
            try {
                StoredEntity entity = writer.add(type, item);
                items.add(savedItem(entity, requestId(item, String.valueOf(index))));
            } catch (ItemRejectedException ex) {
                addErrors.set(String.valueOf(index), codedError(ex.code(), ex.getMessage()));
            }
        }
        for (int index = 0; index < updates.size(); index++) {
            JsonNode item = updates.get(index);
            update(account, type, writer, item, index, codes, items, updateErrors);
        }
        if (type == EntityType.CUSTOMER && !deletions.isEmpty()) {
            return deletedCustomers(account, deletions);
        }
        for (Long id : deletions) {
            account.store(type).remove(id);
        }
        return savedResponse(type.path(), items, addErrors, updateErrors);
    }

    /** Deletes customers, answering {@code {"_embedded":{"items":{"deleted":[{id,name}]}}}} as amoCRM does. */
    private FakeResponse deletedCustomers(FakeAccount account, List<Long> ids) {
        ArrayNode deleted = Json.array();
        for (Long id : ids) {
            StoredEntity customer = account.store(EntityType.CUSTOMER).remove(id);
            if (customer == null) {
                continue;
            }
            for (EntityType other : List.of(EntityType.CONTACT, EntityType.COMPANY)) {
                for (Long otherId : List.copyOf(customer.links(other))) {
                    StoredEntity linked = account.store(other).get(otherId);
                    if (linked != null) {
                        linked.removeLink(EntityType.CUSTOMER, id);
                    }
                }
            }
            ObjectNode item = deleted.addObject();
            item.put("id", customer.id);
            item.put("name", customer.name);
        }
        ObjectNode body = Json.object();
        body.set("_links", Json.selfLink(EntityType.CUSTOMER.path(), "post"));
        body.putObject("_embedded").putObject("items").set("deleted", deleted);
        return FakeResponse.hal(200, body);
    }

    private void update(
            FakeAccount account,
            EntityType type,
            EntityWriter writer,
            JsonNode item,
            int index,
            BatchCodes codes,
            ArrayNode items,
            ObjectNode errors) {
        Long id = Json.asLong(item.path("id"));
        Long updatedAt = Json.asLong(item.path("updated_at"));
        if (id == null || updatedAt == null) {
            String key = (id != null) ? String.valueOf(id) : String.valueOf(index);
            errors.set(
                    key,
                    codedError(Integer.parseInt(codes.updateRequired()), "Fields 'id' and 'updated_at' are required"));
            return;
        }
        StoredEntity entity = account.store(type).get(id);
        if (entity == null) {
            errors.put(String.valueOf(id), "Entity not found");
            return;
        }
        if (updatedAt < entity.updatedAt) {
            errors.put(String.valueOf(id), OLDER_THAN_STORED);
            return;
        }
        try {
            writer.update(entity, item);
            ObjectNode saved = savedItem(entity, requestId(item, String.valueOf(id)));
            saved.put("updated_at", entity.updatedAt);
            items.add(saved);
        } catch (ItemRejectedException ex) {
            errors.set(String.valueOf(id), codedError(ex.code(), ex.getMessage()));
        }
    }

    FakeResponse oversizedBatch(EntityType type) {
        if (this.oversizedBatchStatus == 504) {
            return FakeResponse.errorPage(504, "Gateway Time-out");
        }
        return FakeResponse.legacyError(
                this.oversizedBatchStatus, "At most " + MAX_BATCH + " " + type.plural() + " per request", "400");
    }

    static FakeResponse savedResponse(String path, ArrayNode items, ObjectNode addErrors, ObjectNode updateErrors) {
        ObjectNode body = Json.object();
        body.set("_links", Json.selfLink(path, "post"));
        ObjectNode embedded = body.putObject("_embedded");
        embedded.set("items", items);
        if (!addErrors.isEmpty() || !updateErrors.isEmpty()) {
            ObjectNode errors = embedded.putObject("errors");
            if (!addErrors.isEmpty()) {
                errors.set("add", addErrors);
            }
            if (!updateErrors.isEmpty()) {
                errors.set("update", updateErrors);
            }
        }
        return FakeResponse.hal(200, body);
    }

    static ObjectNode savedItem(StoredEntity entity, JsonNode requestId) {
        ObjectNode saved = Json.object();
        saved.put("id", entity.id);
        saved.set("request_id", requestId);
        saved.set("_links", EntityRenderer.selfLink(entity));
        return saved;
    }

    static JsonNode requestId(JsonNode item, String fallback) {
        JsonNode given = item.path("request_id");
        if (!given.isMissingNode() && !given.isNull()) {
            return given.deepCopy();
        }
        Long numeric = Json.parseLong(fallback);
        return (numeric != null) ? LongNode.valueOf(numeric) : StringNode.valueOf(fallback);
    }

    static ObjectNode codedError(int code, String message) {
        ObjectNode error = Json.object();
        error.put("code", code);
        error.put("message", message);
        return error;
    }

    /** amoCRM's error codes for whole-request failures of a batch, per entity type. */
    private record BatchCodes(String emptyRequest, String addEmpty, String updateEmpty, String updateRequired) {

        static BatchCodes of(EntityType type) {
            return switch (type) {
                case CONTACT, COMPANY -> new BatchCodes("206", "201", "208", "209");
                case LEAD -> new BatchCodes("214", "213", "216", "217");
                case TASK -> new BatchCodes("228", "227", "230", "231");
                case NOTE -> new BatchCodes("222", "218", "224", "225");
                case CATALOG_ELEMENT -> new BatchCodes("222", "283", "283", "285");
                case CUSTOMER -> new BatchCodes("400", "400", "400", "400");
            };
        }
    }
}
