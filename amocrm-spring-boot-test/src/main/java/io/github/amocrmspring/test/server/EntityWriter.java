package io.github.amocrmspring.test.server;

import io.github.amocrmspring.test.server.AccountModel.Catalog;
import io.github.amocrmspring.test.server.AccountModel.CustomField;
import io.github.amocrmspring.test.server.AccountModel.Pipeline;
import io.github.amocrmspring.test.server.StoredEntity.FieldValue;
import io.github.amocrmspring.test.server.StoredEntity.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Applies one {@code add} or {@code update} item to the account, the way amoCRM v2 reads it.
 *
 * <p>Every item is checked before anything is changed, so a rejected item leaves the account untouched. The rules
 * where amoCRM's documentation is silent: link fields ({@code contacts_id}, {@code leads_id}, {@code company_id})
 * add links and keep existing ones, {@code unlink} removes them; ids of missing entities in link fields are
 * ignored; a tag list replaces the entity's tags and an empty one clears them; a custom field listed in the item
 * replaces that field's values and an empty {@code values} list clears it.
 */
final class EntityWriter {

    static final int MAX_CONTACTS_PER_LEAD = 40;

    private final FakeAccount account;

    private final long userId;

    EntityWriter(FakeAccount account, long userId) {
        this.account = account;
        this.userId = userId;
    }

    /** Creates an entity from an {@code add} item, or throws {@link ItemRejectedException}. */
    StoredEntity add(EntityType type, JsonNode item) {
        Prepared prepared = prepare(type, null, item);
        StoredEntity entity = this.account.newEntity(type);
        entity.createdBy = this.userId;
        entity.updatedBy = this.userId;
        entity.responsibleUserId = this.userId;
        apply(entity, item, prepared, true);
        return entity;
    }

    /** Changes an entity from an {@code update} item (whose {@code updated_at} was already checked). */
    void update(StoredEntity entity, JsonNode item) {
        Prepared prepared = prepare(entity.type, entity, item);
        entity.updatedBy = this.userId;
        apply(entity, item, prepared, false);
    }

    // ---- validation ----

    /** What an item asks for, checked against the account before anything changes. */
    private record Prepared(
            Map<Long, List<FieldValue>> customFields,
            List<Tag> tags,
            long pipelineId,
            long statusId,
            StoredEntity element,
            Catalog catalog) {}

    private Prepared prepare(EntityType type, StoredEntity existing, JsonNode item) {
        boolean adding = existing == null;
        if (adding
                && requiresName(type)
                && blank(item, "name")
                && blank(item, "first_name")
                && blank(item, "last_name")) {
            throw new ItemRejectedException(nameMissingCode(type), "Field 'name' is required");
        }
        String fieldsKey = type.plural();
        Catalog catalog = null;
        if (type == EntityType.CATALOG_ELEMENT) {
            long catalogId = adding ? Json.asLong(item.path("catalog_id"), 0) : existing.catalogId;
            catalog = this.account.catalogs.get(catalogId);
            if (catalog == null) {
                throw new ItemRejectedException(282, "Catalog " + catalogId + " not found");
            }
            fieldsKey = String.valueOf(catalogId);
        }
        Map<Long, List<FieldValue>> fields = null;
        if (item.has("custom_fields")) {
            fields = customFields(fieldsKey, item.path("custom_fields"), fieldNotFoundCode(type, adding));
        }
        List<Tag> tags = item.has("tags") ? tags(item.path("tags")) : null;
        long pipelineId = 0;
        long statusId = 0;
        if (type == EntityType.LEAD) {
            long[] placement = placement(existing, item);
            pipelineId = placement[0];
            statusId = placement[1];
            checkContactCount(existing, item);
        }
        StoredEntity element = null;
        if (type == EntityType.TASK || type == EntityType.NOTE) {
            element = element(type, existing, item);
        }
        if (type == EntityType.NOTE && adding) {
            checkNote(item, element);
        }
        return new Prepared(fields, tags, pipelineId, statusId, element, catalog);
    }

    private Map<Long, List<FieldValue>> customFields(String entityKey, JsonNode node, int notFoundCode) {
        Map<Long, List<FieldValue>> result = new LinkedHashMap<>();
        for (JsonNode field : Json.elements(node)) {
            Long fieldId = Json.asLong(field.path("id"));
            CustomField definition = (fieldId != null) ? this.account.customFields.get(fieldId) : null;
            if (definition == null || !definition.entityKey().equals(entityKey)) {
                throw new ItemRejectedException(
                        notFoundCode, "Custom field " + field.path("id").asString() + " not found");
            }
            List<FieldValue> values = new ArrayList<>();
            for (JsonNode value : Json.elements(field.path("values"))) {
                FieldValue parsed = fieldValue(definition, value, notFoundCode);
                if (parsed != null) {
                    values.add(parsed);
                }
            }
            if (!definition.isMultiple() && values.size() > 1) {
                values = List.of(values.get(0));
            }
            result.put(fieldId, values);
        }
        return result;
    }

    private FieldValue fieldValue(CustomField definition, JsonNode value, int errorCode) {
        JsonNode raw = value.isObject() ? value.path("value") : value;
        String enumGiven = value.isObject() ? Json.asText(value.path("enum")) : null;
        if (definition.isList()) {
            String key = (enumGiven != null) ? enumGiven : Json.asText(raw);
            Long enumId = definition.enumId(key);
            if (enumId == null) {
                throw new ItemRejectedException(
                        errorCode, "Custom field " + definition.id() + " has no enum '" + key + "'");
            }
            return new FieldValue(StringNode.valueOf(definition.enums().get(enumId)), enumId, null);
        }
        if (raw.isObject()) {
            return new FieldValue(raw.deepCopy(), null, null);
        }
        String text = Json.asText(raw);
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (definition.fieldType() == CustomField.CHECKBOX) {
            text = Json.asBoolean(raw, false) ? "1" : "0";
        }
        Long enumId = null;
        if (definition.fieldType() == CustomField.MULTITEXT) {
            enumId = (enumGiven != null)
                    ? definition.enumId(enumGiven)
                    : definition.enums().keySet().iterator().next();
            if (enumId == null) {
                throw new ItemRejectedException(
                        errorCode, "Custom field " + definition.id() + " has no enum '" + enumGiven + "'");
            }
        }
        Integer subtype = null;
        if (definition.fieldType() == CustomField.SMART_ADDRESS) {
            String given = value.isObject() ? Json.asText(value.path("subtype")) : null;
            subtype = (given != null) ? EntityRenderer.subtypeNumber(given) : Integer.valueOf(1);
            if (subtype == null) {
                throw new ItemRejectedException(errorCode, "Unknown address subtype '" + given + "'");
            }
        }
        return new FieldValue(StringNode.valueOf(text), enumId, subtype);
    }

    /**
     * Reads tags written as a comma-separated string, a list of names, or a list of tag ids; a numeric string that
     * is the id of an existing tag counts as that tag.
     */
    private List<Tag> tags(JsonNode node) {
        Map<Long, Tag> tags = new LinkedHashMap<>();
        List<JsonNode> elements = node.isContainer() ? Json.elements(node) : List.of(node);
        for (JsonNode element : elements) {
            if (element.isObject()) {
                element = element.has("id") ? element.path("id") : element.path("name");
            }
            if (element.isNumber()) {
                Tag tag = this.account.tagsById.get(element.longValue());
                if (tag != null) {
                    tags.put(tag.id(), tag);
                }
                continue;
            }
            String text = Json.asText(element);
            if (text == null) {
                continue;
            }
            Long asId = Json.parseLong(text.trim());
            if (node.isContainer() && asId != null && this.account.tagsById.containsKey(asId)) {
                tags.put(asId, this.account.tagsById.get(asId));
                continue;
            }
            for (String name : text.split(",")) {
                if (!name.isBlank()) {
                    Tag tag = this.account.tag(name);
                    tags.put(tag.id(), tag);
                }
            }
        }
        return List.copyOf(tags.values());
    }

    /** Works out a lead's pipeline and stage; a stage of another pipeline moves the lead to that pipeline. */
    private long[] placement(StoredEntity existing, JsonNode item) {
        Long statusId = Json.asLong(item.path("status_id"));
        Long pipelineId = Json.asLong(item.path("pipeline_id"));
        Pipeline pipeline = null;
        if (pipelineId != null && pipelineId != 0) {
            pipeline = this.account.pipelines.get(pipelineId);
            if (pipeline == null) {
                throw new ItemRejectedException(400, "Pipeline " + pipelineId + " not found");
            }
        }
        if (statusId != null && statusId != 0) {
            if (statusId == 142 || statusId == 143) {
                if (pipeline == null) {
                    pipeline = (existing != null)
                            ? this.account.pipelines.get(existing.pipelineId)
                            : this.account.mainPipeline();
                }
                return new long[] {pipeline.id, statusId};
            }
            Pipeline owner = this.account.pipelineOfStage(statusId);
            if (owner == null) {
                throw new ItemRejectedException(400, "Status " + statusId + " not found");
            }
            return new long[] {owner.id, statusId};
        }
        if (pipeline != null && (existing == null || existing.pipelineId != pipeline.id)) {
            return new long[] {pipeline.id, pipeline.firstWorkingStageId()};
        }
        if (existing != null) {
            return new long[] {existing.pipelineId, existing.statusId};
        }
        Pipeline main = this.account.mainPipeline();
        return new long[] {main.id, main.firstWorkingStageId()};
    }

    private void checkContactCount(StoredEntity existing, JsonNode item) {
        Set<Long> contacts = new LinkedHashSet<>();
        if (existing != null) {
            contacts.addAll(existing.links(EntityType.CONTACT));
            contacts.removeAll(Json.asLongList(item.path("unlink").path("contacts_id")));
        }
        for (Long contactId : Json.asLongList(item.path("contacts_id"))) {
            if (this.account.store(EntityType.CONTACT).containsKey(contactId)) {
                contacts.add(contactId);
            }
        }
        if (contacts.size() > MAX_CONTACTS_PER_LEAD) {
            throw new ItemRejectedException(330, "Too many linked contacts: at most " + MAX_CONTACTS_PER_LEAD);
        }
    }

    /** Finds the entity a task or a note is attached to; a task may be attached to nothing. */
    private StoredEntity element(EntityType type, StoredEntity existing, JsonNode item) {
        boolean hasId = item.has("element_id");
        boolean hasType = item.has("element_type");
        if (!hasId && !hasType) {
            if (existing != null || type == EntityType.TASK) {
                return null;
            }
            throw new ItemRejectedException(226, "Fields 'element_id' and 'element_type' are required");
        }
        long elementId = Json.asLong(item.path("element_id"), 0);
        long elementType = Json.asLong(item.path("element_type"), 0);
        if (hasId && !hasType) {
            throw new ItemRejectedException((type == EntityType.TASK) ? 235 : 232, "Field 'element_type' is required");
        }
        EntityType elementKind = EntityType.ofElementType(elementType);
        boolean taskAllowed = type == EntityType.NOTE;
        if (elementKind == null || elementId == 0 || (elementKind == EntityType.TASK && !taskAllowed)) {
            throw new ItemRejectedException(232, "Element id or element type is empty or invalid");
        }
        StoredEntity element = this.account.store(elementKind).get(elementId);
        if (element == null) {
            int code = (type == EntityType.NOTE)
                    ? 226
                    : (elementKind == EntityType.CONTACT) ? 236 : (elementKind == EntityType.LEAD) ? 237 : 232;
            throw new ItemRejectedException(code, "Element " + elementId + " of type " + elementType + " not found");
        }
        return element;
    }

    private void checkNote(JsonNode item, StoredEntity element) {
        Long noteType = Json.asLong(item.path("note_type"));
        if (noteType == null || !NoteTypes.isKnown(noteType)) {
            throw new ItemRejectedException(222, "Field 'note_type' is missing or unknown");
        }
        if (element.type == EntityType.TASK && noteType != NoteTypes.TASK_RESULT) {
            throw new ItemRejectedException(232, "Only task result notes (13) can be added to a task");
        }
        if (blank(item, "text") && Json.asText(item.path("params").path("text")) == null) {
            throw new ItemRejectedException(222, "Field 'text' is required");
        }
    }

    // ---- application ----

    private void apply(StoredEntity entity, JsonNode item, Prepared prepared, boolean adding) {
        applyCommon(entity, item, prepared);
        switch (entity.type) {
            case CONTACT -> applyContact(entity, item, adding);
            case LEAD -> applyLead(entity, item, prepared);
            case COMPANY -> applyCompany(entity, item);
            case TASK -> applyTask(entity, item, prepared, adding);
            case NOTE -> applyNote(entity, item, prepared, adding);
            case CATALOG_ELEMENT -> {
                if (adding) {
                    entity.catalogId = prepared.catalog().id;
                }
            }
            case CUSTOMER -> applyCustomer(entity, item);
        }
    }

    private void applyCommon(StoredEntity entity, JsonNode item, Prepared prepared) {
        if (!blank(item, "name")) {
            entity.name = Json.asText(item.path("name"));
        }
        Long createdAt = Json.asLong(item.path("created_at"));
        if (createdAt != null) {
            entity.createdAt = createdAt;
        }
        Long updatedAt = Json.asLong(item.path("updated_at"));
        entity.updatedAt = (updatedAt != null) ? updatedAt : this.account.now();
        Long responsible = Json.asLong(item.path("responsible_user_id"));
        if (responsible != null) {
            entity.responsibleUserId = responsible;
        }
        Long createdBy = Json.asLong(item.path("created_by"));
        if (createdBy != null && createdBy != 0) {
            entity.createdBy = createdBy;
        }
        if (prepared.tags() != null) {
            entity.tags = prepared.tags();
        }
        if (prepared.customFields() != null) {
            prepared.customFields().forEach((fieldId, values) -> {
                if (values.isEmpty()) {
                    entity.customFields.remove(fieldId);
                } else {
                    entity.customFields.put(fieldId, values);
                }
            });
        }
    }

    private void applyContact(StoredEntity contact, JsonNode item, boolean adding) {
        if (!blank(item, "first_name")) {
            contact.firstName = Json.asText(item.path("first_name"));
        }
        if (!blank(item, "last_name")) {
            contact.lastName = Json.asText(item.path("last_name"));
        }
        if (blank(item, "name") && adding) {
            contact.name = (contact.firstName + " " + contact.lastName).trim();
        } else if (!blank(item, "name") && blank(item, "first_name") && blank(item, "last_name")) {
            String[] parts = contact.name.trim().split("\\s+", 2);
            contact.firstName = parts[0];
            contact.lastName = (parts.length > 1) ? parts[1] : "";
        }
        unlink(contact, EntityType.LEAD, item.path("unlink").path("leads_id"));
        unlink(contact, EntityType.COMPANY, item.path("unlink").path("company_id"));
        unlink(contact, EntityType.CUSTOMER, item.path("unlink").path("customers_id"));
        link(contact, EntityType.LEAD, item.path("leads_id"));
        link(contact, EntityType.COMPANY, item.path("company_id"));
        link(contact, EntityType.CUSTOMER, item.path("customers_id"));
        if (!blank(item, "company_name")) {
            StoredEntity company = this.account.newEntity(EntityType.COMPANY);
            company.name = Json.asText(item.path("company_name"));
            company.createdBy = this.userId;
            company.updatedBy = this.userId;
            company.responsibleUserId = contact.responsibleUserId;
            this.account.link(contact, company);
        }
    }

    private void applyLead(StoredEntity lead, JsonNode item, Prepared prepared) {
        boolean closing = prepared.statusId() == 142 || prepared.statusId() == 143;
        if (closing && lead.statusId != prepared.statusId()) {
            lead.closedAt = this.account.now();
        } else if (!closing) {
            lead.closedAt = 0;
        }
        lead.pipelineId = prepared.pipelineId();
        lead.statusId = prepared.statusId();
        JsonNode sale = item.has("sale") ? item.path("sale") : item.path("price");
        Long amount = Json.asLong(sale);
        if (amount != null) {
            lead.sale = amount;
        }
        unlink(lead, EntityType.CONTACT, item.path("unlink").path("contacts_id"));
        unlink(lead, EntityType.COMPANY, item.path("unlink").path("company_id"));
        link(lead, EntityType.CONTACT, item.path("contacts_id"));
        link(lead, EntityType.COMPANY, item.path("company_id"));
        if (item.path("catalog_elements_id").isObject()) {
            Map<Long, Map<Long, Long>> elements = new LinkedHashMap<>();
            item.path("catalog_elements_id").properties().forEach((catalog) -> {
                Map<Long, Long> quantities = new LinkedHashMap<>();
                catalog.getValue().properties().forEach((element) -> {
                    Long elementId = Json.parseLong(element.getKey());
                    if (elementId != null) {
                        quantities.put(elementId, Json.asLong(element.getValue(), 1));
                    }
                });
                Long catalogId = Json.parseLong(catalog.getKey());
                if (catalogId != null) {
                    elements.put(catalogId, quantities);
                }
            });
            lead.catalogElements = elements;
        }
    }

    private void applyCompany(StoredEntity company, JsonNode item) {
        unlink(company, EntityType.LEAD, item.path("unlink").path("leads_id"));
        unlink(company, EntityType.CONTACT, item.path("unlink").path("contacts_id"));
        unlink(company, EntityType.CUSTOMER, item.path("unlink").path("customers_id"));
        link(company, EntityType.LEAD, item.path("leads_id"));
        link(company, EntityType.CONTACT, item.path("contacts_id"));
        link(company, EntityType.CUSTOMER, item.path("customers_id"));
    }

    private void applyCustomer(StoredEntity customer, JsonNode item) {
        Long nextDate = Json.asLong(item.path("next_date"));
        if (nextDate != null) {
            customer.nextDate = nextDate;
        }
        Long nextPrice = Json.asLong(item.path("next_price"));
        if (nextPrice != null) {
            customer.nextPrice = nextPrice;
        }
        Long periodicity = Json.asLong(item.path("periodicity"));
        if (periodicity != null) {
            customer.periodicity = periodicity;
        }
        Long periodId = Json.asLong(item.path("period_id"));
        if (periodId != null) {
            customer.periodId = periodId;
        }
        unlink(customer, EntityType.CONTACT, item.path("unlink").path("contacts_id"));
        unlink(customer, EntityType.COMPANY, item.path("unlink").path("company_id"));
        link(customer, EntityType.CONTACT, item.path("contacts_id"));
        link(customer, EntityType.COMPANY, item.path("company_id"));
    }

    private void applyTask(StoredEntity task, JsonNode item, Prepared prepared, boolean adding) {
        if (prepared.element() != null) {
            task.elementId = prepared.element().id;
            task.elementType = prepared.element().type.elementType();
        }
        JsonNode completeTill =
                item.has("complete_till_at") ? item.path("complete_till_at") : item.path("complete_till");
        Long completeTillAt = Json.asLong(completeTill);
        if (completeTillAt != null) {
            task.completeTillAt = completeTillAt;
        } else if (adding) {
            task.completeTillAt = this.account.now();
        }
        Long taskType = Json.asLong(item.path("task_type"));
        if (taskType != null) {
            task.taskType = taskType;
        } else if (adding) {
            task.taskType = 1;
        }
        if (item.has("text")) {
            task.text = Json.asText(item.path("text"));
        }
        if (item.has("is_completed")) {
            task.completed = Json.asBoolean(item.path("is_completed"), false);
        }
    }

    private void applyNote(StoredEntity note, JsonNode item, Prepared prepared, boolean adding) {
        if (adding) {
            note.elementId = prepared.element().id;
            note.elementType = prepared.element().type.elementType();
            note.noteType = Json.asLong(item.path("note_type"), NoteTypes.COMMON);
        }
        if (item.has("text")) {
            note.text = Json.asText(item.path("text"));
        }
        if (item.path("params").isObject()) {
            note.params = item.path("params").deepCopy();
        }
        if (NoteTypes.keepsTextInParams(note.noteType)) {
            ObjectNode params = (note.params instanceof ObjectNode object) ? object : Json.object();
            if (!params.has("text")) {
                params.put("text", note.text);
            }
            if (note.text.isEmpty()) {
                note.text = params.path("text").asString();
            }
            note.params = params;
        }
        if (adding && note.noteType == NoteTypes.TASK_RESULT && prepared.element().type == EntityType.TASK) {
            prepared.element().result = note.text;
            prepared.element().resultNoteId = note.id;
        }
    }

    private void link(StoredEntity entity, EntityType otherType, JsonNode ids) {
        for (Long otherId : Json.asLongList(ids)) {
            StoredEntity other = this.account.store(otherType).get(otherId);
            if (other != null) {
                this.account.link(entity, other);
            }
        }
    }

    private void unlink(StoredEntity entity, EntityType otherType, JsonNode ids) {
        for (Long otherId : Json.asLongList(ids)) {
            StoredEntity other = this.account.store(otherType).get(otherId);
            if (other != null) {
                this.account.unlink(entity, other);
            } else {
                entity.removeLink(otherType, otherId);
            }
        }
    }

    // ---- codes ----

    private static boolean requiresName(EntityType type) {
        return type == EntityType.CONTACT
                || type == EntityType.LEAD
                || type == EntityType.COMPANY
                || type == EntityType.CATALOG_ELEMENT;
    }

    private static int nameMissingCode(EntityType type) {
        return switch (type) {
            case CONTACT, COMPANY -> 205;
            case LEAD -> 213;
            default -> 285;
        };
    }

    private static int fieldNotFoundCode(EntityType type, boolean adding) {
        return switch (type) {
            case LEAD -> 240;
            case CONTACT, COMPANY, CATALOG_ELEMENT -> adding ? 204 : 211;
            default -> 400;
        };
    }

    private static boolean blank(JsonNode item, String name) {
        String text = Json.asText(item.path(name));
        return text == null || text.isBlank();
    }
}
