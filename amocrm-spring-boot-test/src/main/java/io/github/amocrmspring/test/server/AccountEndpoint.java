package io.github.amocrmspring.test.server;

import io.github.amocrmspring.test.server.AccountModel.CustomField;
import io.github.amocrmspring.test.server.AccountModel.Pipeline;
import io.github.amocrmspring.test.server.AccountModel.Stage;
import io.github.amocrmspring.test.server.AccountModel.User;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api/v2/account} with its {@code with=} parts, and {@code GET /api/v2/pipelines}.
 *
 * <p>Users, pipelines and stages are objects keyed by id, as amoCRM sends them. Custom fields and their enums are
 * also keyed by id, the form real responses take (the documentation's examples show arrays).
 */
final class AccountEndpoint {

    private static final List<String> ENTITY_KEYS = List.of("contacts", "leads", "companies", "customers");

    private static final String[] RIGHTS = {
        "mail",
        "incoming_leads",
        "catalogs",
        "lead_add",
        "lead_view",
        "lead_edit",
        "lead_delete",
        "lead_export",
        "contact_add",
        "contact_view",
        "contact_edit",
        "contact_delete",
        "contact_export",
        "company_add",
        "company_view",
        "company_edit",
        "company_delete",
        "company_export",
        "task_edit",
        "task_delete"
    };

    FakeResponse account(FakeRequest request, FakeAccount account, long currentUserId) {
        Set<String> with = EntityEndpoint.withParts(request.query());
        ObjectNode body = Json.object();
        body.set("_links", Json.selfLink(request.pathWithQuery(), "get"));
        body.put("id", account.id());
        body.put("name", account.name());
        body.put("subdomain", account.subdomain());
        body.put("currency", "RUB");
        body.put("timezone", "Europe/Moscow");
        body.put("timezone_offset", "+03:00");
        body.put("language", "ru");
        ObjectNode datePattern = body.putObject("date_pattern");
        datePattern.put("date", "d.m.Y");
        datePattern.put("time", "H:i");
        datePattern.put("date_time", "d.m.Y H:i");
        datePattern.put("time_full", "H:i:s");
        body.put("current_user", currentUserId);
        ObjectNode embedded = body.putObject("_embedded");
        if (with.contains("users")) {
            embedded.set("users", users(account));
        }
        if (with.contains("custom_fields")) {
            embedded.set("custom_fields", customFields(account));
        }
        if (with.contains("note_types")) {
            var noteTypes = embedded.putArray("note_types");
            NoteTypes.CODES.forEach((id, code) -> {
                ObjectNode type = noteTypes.addObject();
                type.put("id", id);
                type.put("name", "");
                type.put("code", code);
                type.put("editable", (id == NoteTypes.COMMON) ? "Y" : "N");
            });
        }
        if (with.contains("groups")) {
            ObjectNode group = embedded.putArray("groups").addObject();
            group.put("id", 0);
            group.put("name", "Отдел продаж");
        }
        if (with.contains("task_types")) {
            var taskTypes = embedded.putArray("task_types");
            String[] names = {"Звонок", "Встреча", "Письмо"};
            for (int i = 0; i < names.length; i++) {
                ObjectNode type = taskTypes.addObject();
                type.put("id", i + 1);
                type.put("name", names[i]);
            }
        }
        if (with.contains("pipelines")) {
            ObjectNode pipelines = embedded.putObject("pipelines");
            for (Pipeline pipeline : account.pipelines.values()) {
                pipelines.set(String.valueOf(pipeline.id), pipeline(pipeline, false));
            }
        }
        return FakeResponse.hal(200, body);
    }

    FakeResponse pipelines(FakeRequest request, FakeAccount account) {
        List<Long> ids = Json.asLongList(request.queryParameter("id"));
        ObjectNode items = Json.object();
        for (Pipeline pipeline : account.pipelines.values()) {
            if (ids.isEmpty() || ids.contains(pipeline.id)) {
                ObjectNode item = pipeline(pipeline, true);
                item.set("_links", Json.selfLink("/api/v2/pipelines?id=" + pipeline.id, "get"));
                items.set(String.valueOf(pipeline.id), item);
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

    private ObjectNode users(FakeAccount account) {
        ObjectNode users = Json.object();
        for (User user : account.users.values()) {
            ObjectNode node = users.putObject(String.valueOf(user.id()));
            node.put("id", user.id());
            node.put("name", user.name());
            node.put("last_name", "");
            node.put("login", user.login());
            node.put("language", "ru");
            node.put("group_id", user.groupId());
            node.put("is_active", true);
            node.put("is_free", false);
            node.put("is_admin", user.admin());
            ObjectNode rights = node.putObject("rights");
            for (String right : RIGHTS) {
                rights.put(right, "A");
            }
        }
        return users;
    }

    private ObjectNode customFields(FakeAccount account) {
        ObjectNode fields = Json.object();
        for (String key : ENTITY_KEYS) {
            fields.putObject(key);
        }
        for (CustomField field : account.customFields.values()) {
            if (Json.parseLong(field.entityKey()) != null) {
                continue;
            }
            ObjectNode node = ((ObjectNode) fields.path(field.entityKey())).putObject(String.valueOf(field.id()));
            node.put("id", field.id());
            node.put("name", field.name());
            node.put("field_type", field.fieldType());
            node.put("sort", field.sort());
            if (field.code() != null) {
                node.put("code", field.code());
            }
            node.put("is_multiple", field.isMultiple());
            node.put("is_system", field.system());
            node.put("is_editable", !field.system());
            node.put("is_required", false);
            node.put("is_deletable", !field.system());
            node.put("is_visible", true);
            if (!field.enums().isEmpty()) {
                ObjectNode enums = node.putObject("enums");
                for (Map.Entry<Long, String> entry : field.enums().entrySet()) {
                    enums.put(String.valueOf(entry.getKey()), entry.getValue());
                }
            }
        }
        return fields;
    }

    /**
     * Renders a pipeline with its stages keyed by id: as {@code /api/v2/pipelines} does ({@code is_editable} a
     * boolean), or as the account and the legacy pipeline endpoints do ({@code editable} "Y" or "N").
     */
    static ObjectNode pipeline(Pipeline pipeline, boolean pipelinesEndpoint) {
        ObjectNode node = Json.object();
        node.put("id", pipeline.id);
        node.put("name", pipeline.name);
        node.put("sort", pipeline.sort);
        node.put("is_main", pipeline.main);
        ObjectNode statuses = node.putObject("statuses");
        for (Stage stage : pipeline.stages.values()) {
            ObjectNode status = statuses.putObject(String.valueOf(stage.id()));
            status.put("id", stage.id());
            status.put("name", stage.name());
            status.put("color", stage.color());
            status.put("sort", stage.sort());
            if (pipelinesEndpoint) {
                status.put("is_editable", stage.editable());
            } else {
                status.put("editable", stage.editable() ? "Y" : "N");
            }
        }
        return node;
    }
}
