package io.github.amocrmspring.test.server;

import io.github.amocrmspring.test.server.AccountModel.CustomField;
import io.github.amocrmspring.test.server.StoredEntity.FieldValue;
import io.github.amocrmspring.test.server.StoredEntity.Tag;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns stored entities into amoCRM v2's read format: numbers as numbers, enum ids as strings, linked entities as
 * small HAL objects ({@code {}} when there is none) and relative {@code _links}.
 */
final class EntityRenderer {

    private static final String[] SUBTYPES = {"address_line_1", "address_line_2", "city", "state", "zip", "country"};

    private final FakeAccount account;

    private final boolean catalogElementLinks;

    private Map<String, Long> closestTasks;

    EntityRenderer(FakeAccount account) {
        this(account, true);
    }

    /** Creates a renderer; leads show their catalog element links only when asked for them. */
    EntityRenderer(FakeAccount account, boolean catalogElementLinks) {
        this.account = account;
        this.catalogElementLinks = catalogElementLinks;
    }

    /** Returns the numeric read form of an address subtype name ({@code city} is {@code "3"}), or {@code null}. */
    static Integer subtypeNumber(String subtype) {
        if (subtype == null) {
            return null;
        }
        for (int i = 0; i < SUBTYPES.length; i++) {
            if (SUBTYPES[i].equals(subtype) || String.valueOf(i + 1).equals(subtype)) {
                return i + 1;
            }
        }
        return null;
    }

    ObjectNode render(StoredEntity entity) {
        return switch (entity.type) {
            case CONTACT -> contact(entity);
            case LEAD -> lead(entity);
            case COMPANY -> company(entity);
            case TASK -> task(entity);
            case NOTE -> note(entity);
            case CATALOG_ELEMENT -> catalogElement(entity);
            case CUSTOMER -> customer(entity);
        };
    }

    private ObjectNode contact(StoredEntity contact) {
        ObjectNode item = common(contact);
        item.put("first_name", contact.firstName);
        item.put("last_name", contact.lastName);
        item.set("company", company(contact.companyId()));
        item.set("leads", idList(EntityType.LEAD, contact.links(EntityType.LEAD)));
        item.put("closest_task_at", closestTask(contact));
        item.set("tags", tags(contact));
        item.set("custom_fields", customFields(contact));
        item.set("customers", idList(EntityType.CUSTOMER, contact.links(EntityType.CUSTOMER)));
        item.set("_links", selfLink(contact));
        return item;
    }

    private ObjectNode lead(StoredEntity lead) {
        ObjectNode item = common(lead);
        item.put("is_deleted", lead.deleted);
        Set<Long> contacts = lead.links(EntityType.CONTACT);
        ObjectNode mainContact = Json.object();
        if (!contacts.isEmpty()) {
            long mainContactId = contacts.iterator().next();
            mainContact.put("id", mainContactId);
            mainContact.set("_links", Json.selfLink(EntityType.CONTACT.path() + "?id=" + mainContactId, "get"));
        }
        item.set("main_contact", mainContact);
        item.set("company", company(lead.companyId()));
        item.put("closed_at", lead.closedAt);
        item.put("closest_task_at", closestTask(lead));
        item.set("tags", tags(lead));
        item.set("custom_fields", customFields(lead));
        item.set("contacts", idList(EntityType.CONTACT, contacts));
        item.put("status_id", lead.statusId);
        item.put("sale", lead.sale);
        item.put("pipeline_id", lead.pipelineId);
        ObjectNode pipeline = item.putObject("pipeline");
        pipeline.put("id", lead.pipelineId);
        pipeline.set("_links", Json.selfLink("/api/v2/pipelines?id=" + lead.pipelineId, "get"));
        if (this.catalogElementLinks && !lead.catalogElements.isEmpty()) {
            ArrayNode links = item.putObject("_embedded").putArray("catalog_elements_links");
            lead.catalogElements.forEach((catalogId, elements) -> elements.forEach((elementId, quantity) -> {
                ObjectNode link = links.addObject();
                link.put("id", elementId);
                link.put("catalog_id", catalogId);
                link.put("quantity", quantity);
            }));
        }
        item.set("_links", selfLink(lead));
        return item;
    }

    private ObjectNode company(StoredEntity company) {
        ObjectNode item = common(company);
        item.set("leads", idList(EntityType.LEAD, company.links(EntityType.LEAD)));
        item.set("contacts", idList(EntityType.CONTACT, company.links(EntityType.CONTACT)));
        item.set("customers", idList(EntityType.CUSTOMER, company.links(EntityType.CUSTOMER)));
        item.put("closest_task_at", closestTask(company));
        item.set("tags", tags(company));
        item.set("custom_fields", customFields(company));
        item.set("_links", selfLink(company));
        return item;
    }

    private ObjectNode customer(StoredEntity customer) {
        ObjectNode item = common(customer);
        item.put("is_deleted", customer.deleted);
        Set<Long> contacts = customer.links(EntityType.CONTACT);
        ObjectNode mainContact = Json.object();
        if (!contacts.isEmpty()) {
            mainContact.put("id", contacts.iterator().next());
        }
        item.set("main_contact", mainContact);
        item.set("tags", tags(customer));
        item.set("custom_fields", customFields(customer));
        item.set("contacts", idList(EntityType.CONTACT, contacts));
        item.set("company", company(customer.companyId()));
        item.put("next_price", customer.nextPrice);
        item.put("closest_task_at", closestTask(customer));
        item.put("period_id", customer.periodId);
        item.put("periodicity", customer.periodicity);
        item.put("next_date", customer.nextDate);
        item.set("_links", selfLink(customer));
        return item;
    }

    private ObjectNode task(StoredEntity task) {
        ObjectNode item = Json.object();
        item.put("id", task.id);
        item.put("element_id", task.elementId);
        item.put("element_type", task.elementType);
        item.put("complete_till_at", task.completeTillAt);
        item.put("task_type", task.taskType);
        item.put("text", task.text);
        item.put("created_at", task.createdAt);
        item.put("updated_at", task.updatedAt);
        item.put("responsible_user_id", task.responsibleUserId);
        item.put("is_completed", task.completed);
        item.put("created_by", task.createdBy);
        item.put("account_id", this.account.id());
        item.put("group_id", task.groupId);
        if (task.result != null) {
            ObjectNode result = item.putObject("result");
            result.put("id", task.resultNoteId);
            result.put("text", task.result);
        } else {
            item.putArray("result");
        }
        item.set("_links", selfLink(task));
        return item;
    }

    private ObjectNode note(StoredEntity note) {
        ObjectNode item = Json.object();
        item.put("id", note.id);
        item.put("responsible_user_id", note.responsibleUserId);
        item.put("created_by", note.createdBy);
        item.put("created_at", note.createdAt);
        item.put("updated_at", note.updatedAt);
        item.put("account_id", this.account.id());
        item.put("group_id", note.groupId);
        item.put("is_editable", note.noteType == 4 || note.noteType == 13);
        item.put("element_id", note.elementId);
        item.put("element_type", note.elementType);
        item.put("attachment", "");
        item.put("note_type", note.noteType);
        item.put("text", note.text);
        if (note.params != null) {
            item.set("params", note.params.deepCopy());
        } else {
            item.putArray("params");
        }
        item.set("_links", selfLink(note));
        return item;
    }

    private ObjectNode catalogElement(StoredEntity element) {
        ObjectNode item = Json.object();
        item.put("id", element.id);
        item.put("name", element.name);
        item.put("created_by", element.createdBy);
        item.put("created_at", element.createdAt);
        item.put("updated_at", element.updatedAt);
        item.put("updated_by", element.updatedBy);
        item.put("is_deleted", element.deleted);
        item.put("catalog_id", element.catalogId);
        item.set("custom_fields", customFields(element));
        item.set("_links", selfLink(element));
        return item;
    }

    private ObjectNode common(StoredEntity entity) {
        ObjectNode item = Json.object();
        item.put("id", entity.id);
        item.put("name", entity.name);
        item.put("responsible_user_id", entity.responsibleUserId);
        item.put("created_by", entity.createdBy);
        item.put("created_at", entity.createdAt);
        item.put("updated_at", entity.updatedAt);
        item.put("account_id", this.account.id());
        item.put("updated_by", entity.updatedBy);
        item.put("group_id", entity.groupId);
        return item;
    }

    static ObjectNode selfLink(StoredEntity entity) {
        String href = entity.type.path() + "?id=" + entity.id;
        if (entity.type == EntityType.NOTE) {
            EntityType parent = EntityType.ofElementType(entity.elementType);
            href += "&type=" + ((parent != null) ? parent.singular() : "lead");
        }
        if (entity.type == EntityType.CATALOG_ELEMENT) {
            href += "&catalog_id=" + entity.catalogId;
        }
        return Json.selfLink(href, "get");
    }

    private ObjectNode company(long companyId) {
        ObjectNode company = Json.object();
        StoredEntity stored =
                (companyId != 0) ? this.account.store(EntityType.COMPANY).get(companyId) : null;
        if (stored != null) {
            company.put("id", stored.id);
            company.put("name", stored.name);
            company.set("_links", Json.selfLink(EntityType.COMPANY.path() + "?id=" + stored.id, "get"));
        }
        return company;
    }

    private ObjectNode idList(EntityType type, Set<Long> ids) {
        ObjectNode list = Json.object();
        if (ids.isEmpty()) {
            return list;
        }
        ArrayNode array = list.putArray("id");
        ids.forEach(array::add);
        String joined = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        list.set("_links", Json.selfLink(type.path() + "?id=" + joined, "get"));
        return list;
    }

    private ArrayNode tags(StoredEntity entity) {
        ArrayNode tags = Json.array();
        for (Tag tag : entity.tags) {
            ObjectNode node = tags.addObject();
            node.put("id", tag.id());
            node.put("name", tag.name());
        }
        return tags;
    }

    private ArrayNode customFields(StoredEntity entity) {
        ArrayNode fields = Json.array();
        for (Map.Entry<Long, List<FieldValue>> entry : entity.customFields.entrySet()) {
            CustomField definition = this.account.customFields.get(entry.getKey());
            ObjectNode field = fields.addObject();
            field.put("id", entry.getKey());
            field.put("name", (definition != null) ? definition.name() : "");
            ArrayNode values = field.putArray("values");
            for (FieldValue value : entry.getValue()) {
                ObjectNode node = values.addObject();
                node.set("value", value.value());
                if (value.enumId() != null) {
                    node.put("enum", String.valueOf(value.enumId()));
                }
                if (value.subtype() != null) {
                    node.put("subtype", String.valueOf(value.subtype()));
                }
            }
            field.put("is_system", definition != null && definition.system());
            if (definition != null && definition.code() != null) {
                field.put("code", definition.code());
            }
        }
        return fields;
    }

    private long closestTask(StoredEntity entity) {
        if (this.closestTasks == null) {
            this.closestTasks = new HashMap<>();
            for (StoredEntity task : this.account.store(EntityType.TASK).values()) {
                if (!task.completed && task.elementId != 0) {
                    this.closestTasks.merge(task.elementType + ":" + task.elementId, task.completeTillAt, Math::min);
                }
            }
        }
        return this.closestTasks.getOrDefault(entity.type.elementType() + ":" + entity.id, 0L);
    }
}
