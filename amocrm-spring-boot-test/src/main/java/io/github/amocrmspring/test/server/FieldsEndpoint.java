package io.github.amocrmspring.test.server;

import io.github.amocrmspring.test.server.AccountModel.CustomField;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Custom field management, {@code POST /api/v2/fields}: {@code add} creates fields of contacts (element type 1),
 * leads (2), companies (3) or a catalog (its id); {@code delete} removes a field when its {@code origin} matches the
 * one it was added with. System fields and fields added by tests cannot be deleted this way.
 */
final class FieldsEndpoint {

    FakeResponse save(FakeRequest request, FakeAccount account) {
        JsonNode body = request.bodyJson();
        List<JsonNode> additions = Json.elements(body.path("add"));
        List<JsonNode> deletions = Json.elements(body.path("delete"));
        if (additions.isEmpty() && deletions.isEmpty()) {
            return FakeResponse.legacyError(400, "Параметры не переданы", "103");
        }
        ArrayNode items = Json.array();
        ObjectNode addErrors = Json.object();
        for (int index = 0; index < additions.size(); index++) {
            JsonNode item = additions.get(index);
            String error = additionError(account, item);
            if (error != null) {
                addErrors.set(String.valueOf(index), EntityEndpoint.codedError(400, error));
                continue;
            }
            String entityKey = entityKey(account, Json.asLong(item.path("element_type"), 0));
            List<String> enums = new ArrayList<>();
            Json.elements(item.path("enums")).forEach((value) -> enums.add(Json.asText(value)));
            long fieldId = account.addField(
                    entityKey,
                    Json.asText(item.path("name")),
                    (int) Json.asLong(item.path("type"), CustomField.TEXT),
                    null,
                    false,
                    enums.toArray(String[]::new));
            account.fieldOrigins.put(fieldId, Json.asText(item.path("origin")));
            ObjectNode saved = items.addObject();
            saved.put("id", fieldId);
            saved.set("request_id", EntityEndpoint.requestId(item, String.valueOf(index)));
            saved.set("_links", Json.selfLink("/api/v2/fields?id=" + fieldId, "get"));
        }
        ObjectNode deleteErrors = Json.object();
        for (JsonNode item : deletions) {
            Long fieldId = Json.asLong(item.path("id"));
            String origin = account.fieldOrigins.get(fieldId);
            if (origin == null || !origin.equals(Json.asText(item.path("origin")))) {
                deleteErrors.put(String.valueOf(fieldId), "Field not found for this origin");
                continue;
            }
            account.customFields.remove(fieldId);
            account.fieldOrigins.remove(fieldId);
            account.entities
                    .values()
                    .forEach((store) -> store.values().forEach((entity) -> entity.customFields.remove(fieldId)));
        }
        ObjectNode response = Json.object();
        response.set("_links", Json.selfLink("/api/v2/fields", "post"));
        ObjectNode embedded = response.putObject("_embedded");
        embedded.set("items", items);
        if (!addErrors.isEmpty() || !deleteErrors.isEmpty()) {
            ObjectNode errors = embedded.putObject("errors");
            if (!addErrors.isEmpty()) {
                errors.set("add", addErrors);
            }
            if (!deleteErrors.isEmpty()) {
                errors.set("delete", deleteErrors);
            }
        }
        return FakeResponse.hal(200, response);
    }

    private static String additionError(FakeAccount account, JsonNode item) {
        String name = Json.asText(item.path("name"));
        if (name == null || name.isBlank()) {
            return "Field 'name' is required";
        }
        String origin = Json.asText(item.path("origin"));
        if (origin == null || origin.isBlank()) {
            return "Field 'origin' is required";
        }
        if (entityKey(account, Json.asLong(item.path("element_type"), 0)) == null) {
            return "Unknown element_type " + item.path("element_type").asString();
        }
        return null;
    }

    private static String entityKey(FakeAccount account, long elementType) {
        EntityType type = EntityType.ofElementType(elementType);
        if (type == EntityType.CONTACT || type == EntityType.LEAD || type == EntityType.COMPANY) {
            return type.plural();
        }
        return account.catalogs.containsKey(elementType) ? String.valueOf(elementType) : null;
    }
}
