package io.github.amocrmspring.test.server;

import io.github.amocrmspring.test.server.AccountModel.Catalog;
import io.github.amocrmspring.test.server.AccountModel.CustomField;
import io.github.amocrmspring.test.server.AccountModel.IncomingLead;
import io.github.amocrmspring.test.server.AccountModel.Pipeline;
import io.github.amocrmspring.test.server.AccountModel.Stage;
import io.github.amocrmspring.test.server.AccountModel.User;
import io.github.amocrmspring.test.server.AccountModel.Webhook;
import io.github.amocrmspring.test.server.AccountModel.Widget;
import io.github.amocrmspring.test.server.StoredEntity.FieldValue;
import io.github.amocrmspring.test.server.StoredEntity.Tag;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * One amoCRM account served by the fake, known by its host (such as {@code acme.amocrm.ru}): its users, pipelines,
 * custom fields and entities, with methods for tests to seed and inspect them.
 *
 * <p>A new account has one admin user, a main pipeline with the unsorted stage, three working stages and the closing
 * stages 142 and 143, and the system custom fields (contacts' and companies' {@code PHONE} and {@code EMAIL} with
 * their enum codes, contacts' {@code POSITION} and {@code IM}, companies' {@code WEB} and {@code ADDRESS}). Every
 * method is thread-safe: requests and test code lock the account while they use it.
 */
public final class FakeAccount {

    private static final String[] STAGE_COLORS = {"#99ccff", "#ffff99", "#ffcc66", "#deff81", "#87f2c0", "#f9deff"};

    private final String host;

    private final long id;

    private final String name;

    private final AtomicLong ids;

    private final FakeClock clock;

    final Map<Long, User> users = new LinkedHashMap<>();

    final Map<Long, Pipeline> pipelines = new LinkedHashMap<>();

    final Map<Long, CustomField> customFields = new LinkedHashMap<>();

    final Map<String, Tag> tagsByName = new LinkedHashMap<>();

    final Map<Long, Tag> tagsById = new LinkedHashMap<>();

    final Map<EntityType, NavigableMap<Long, StoredEntity>> entities = new EnumMap<>(EntityType.class);

    final NavigableMap<Long, Catalog> catalogs = new TreeMap<>();

    final Map<String, Webhook> webhooks = new LinkedHashMap<>();

    final Map<Long, Widget> widgets = new LinkedHashMap<>();

    final Map<String, IncomingLead> incomingLeads = new LinkedHashMap<>();

    /** Origins (service ids) of custom fields added through {@code /api/v2/fields}, needed to delete them. */
    final Map<Long, String> fieldOrigins = new LinkedHashMap<>();

    private long adminUserId;

    FakeAccount(String host, long id, AtomicLong ids, FakeClock clock) {
        this.host = host;
        this.id = id;
        this.name = capitalize(subdomainOf(host));
        this.ids = ids;
        this.clock = clock;
        initialize();
    }

    /** Returns the account host, such as {@code acme.amocrm.ru}. */
    public String host() {
        return this.host;
    }

    /** Returns the account id. */
    public long id() {
        return this.id;
    }

    /** Returns the subdomain, the first label of the host (such as {@code acme}). */
    public String subdomain() {
        return subdomainOf(this.host);
    }

    /** Returns the top-level domain after the subdomain, such as {@code amocrm.ru} or {@code kommo.com}. */
    public String domain() {
        return this.host.substring(this.host.indexOf('.') + 1);
    }

    /** Returns the account name shown on the authorize page. */
    public String name() {
        return this.name;
    }

    /** Returns the id of the admin user every account starts with; OAuth and long-lived tokens act as this user. */
    public synchronized long adminUserId() {
        return this.adminUserId;
    }

    /** Adds a user and returns its id. */
    public synchronized long addUser(String name, String login) {
        long userId = nextId();
        this.users.put(userId, new User(userId, name, login, false, 0));
        return userId;
    }

    /** Returns the ids of every user of the account, the admin first. */
    public synchronized List<Long> userIds() {
        return List.copyOf(this.users.keySet());
    }

    /** Returns the id of the main pipeline. */
    public synchronized long mainPipelineId() {
        return mainPipeline().id;
    }

    /** Adds a pipeline with the unsorted stage, the given working stages and the closing stages; returns its id. */
    public synchronized long addPipeline(String name, String... stageNames) {
        Pipeline pipeline = new Pipeline(nextId(), name, (this.pipelines.size() + 1), this.pipelines.isEmpty());
        long unsortedId = nextId();
        pipeline.stages.put(unsortedId, new Stage(unsortedId, "Неразобранное", "#c1c1c1", 10, false));
        int sort = 20;
        for (String stageName : stageNames) {
            long stageId = nextId();
            String color = STAGE_COLORS[(sort / 10) % STAGE_COLORS.length];
            pipeline.stages.put(stageId, new Stage(stageId, stageName, color, sort, true));
            sort += 10;
        }
        pipeline.stages.put(142L, new Stage(142, "Успешно реализовано", "#CCFF66", 10000, false));
        pipeline.stages.put(143L, new Stage(143, "Закрыто и не реализовано", "#D5D8DB", 11000, false));
        this.pipelines.put(pipeline.id, pipeline);
        return pipeline.id;
    }

    /** Returns the stage ids of a pipeline in order: unsorted, working stages, 142, 143. */
    public synchronized List<Long> stageIds(long pipelineId) {
        Pipeline pipeline = this.pipelines.get(pipelineId);
        if (pipeline == null) {
            throw new IllegalArgumentException("Account " + this.host + " has no pipeline " + pipelineId);
        }
        return List.copyOf(pipeline.stages.keySet());
    }

    /** Returns the id of a custom field of an entity type by its code ({@code PHONE}) or name. */
    public synchronized long customFieldId(EntityType type, String codeOrName) {
        for (CustomField field : this.customFields.values()) {
            boolean matches = codeOrName.equalsIgnoreCase(field.code()) || codeOrName.equalsIgnoreCase(field.name());
            if (field.entityKey().equals(type.plural()) && matches) {
                return field.id();
            }
        }
        throw new IllegalArgumentException(
                "Account " + this.host + " has no " + type.plural() + " custom field '" + codeOrName + "'");
    }

    /** Returns the enum id of a list or multitext custom field by its value or code. */
    public synchronized long enumId(long fieldId, String valueOrCode) {
        CustomField field = this.customFields.get(fieldId);
        Long enumId = (field != null) ? field.enumId(valueOrCode) : null;
        if (enumId == null) {
            throw new IllegalArgumentException("Custom field " + fieldId + " has no enum '" + valueOrCode + "'");
        }
        return enumId;
    }

    /**
     * Adds a custom field to an entity type and returns its id.
     *
     * @param fieldType amoCRM field type: 1 text, 2 numeric, 3 checkbox, 4 select, 5 multiselect, 6 date, 7 url,
     *     8 multitext, 9 textarea, 10 radio button, 13 smart address
     * @param enumValues values of a list field, in order
     */
    public synchronized long addCustomField(EntityType type, String name, int fieldType, String... enumValues) {
        return addField(type.plural(), name, fieldType, null, false, enumValues);
    }

    /** Adds a catalog (list) and returns its id. */
    public synchronized long addCatalog(String name) {
        Catalog catalog = new Catalog(nextId());
        catalog.name = name;
        catalog.createdAt = now();
        catalog.createdBy = this.adminUserId;
        catalog.sort = this.catalogs.size() + 1;
        this.catalogs.put(catalog.id, catalog);
        return catalog.id;
    }

    /** Adds a custom field to the elements of a catalog and returns its id (field types as for entities). */
    public synchronized long addCatalogField(long catalogId, String name, int fieldType, String... enumValues) {
        if (!this.catalogs.containsKey(catalogId)) {
            throw new IllegalArgumentException("Account " + this.host + " has no catalog " + catalogId);
        }
        return addField(String.valueOf(catalogId), name, fieldType, null, false, enumValues);
    }

    /** Creates a lead in the main pipeline's first working stage and returns its id. */
    public synchronized long addLead(String name) {
        StoredEntity lead = newEntity(EntityType.LEAD);
        lead.name = name;
        lead.pipelineId = mainPipelineId();
        lead.statusId = mainPipeline().firstWorkingStageId();
        return lead.id;
    }

    /** Creates a contact and returns its id. */
    public synchronized long addContact(String name) {
        StoredEntity contact = newEntity(EntityType.CONTACT);
        contact.name = name;
        return contact.id;
    }

    /** Creates a company and returns its id. */
    public synchronized long addCompany(String name) {
        StoredEntity company = newEntity(EntityType.COMPANY);
        company.name = name;
        return company.id;
    }

    /** Links two entities (lead, contact or company) on both sides. */
    public synchronized void link(EntityType type, long id, EntityType otherType, long otherId) {
        link(require(type, id), require(otherType, otherId));
    }

    /**
     * Creates leads quickly, named {@code Сделка #n}, spread over the main pipeline's working stages and the
     * account's users; returns their ids in order.
     */
    public synchronized List<Long> seedLeads(int count) {
        Pipeline pipeline = mainPipeline();
        List<Long> stages = pipeline.stages.values().stream()
                .filter(Stage::editable)
                .map(Stage::id)
                .toList();
        List<Long> userIds = List.copyOf(this.users.keySet());
        List<Long> created = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StoredEntity lead = newEntity(EntityType.LEAD);
            lead.name = "Сделка #" + lead.id;
            lead.pipelineId = pipeline.id;
            lead.statusId = stages.get(i % stages.size());
            lead.responsibleUserId = userIds.get(i % userIds.size());
            lead.sale = 1000L * (1 + (i % 100));
            created.add(lead.id);
        }
        return created;
    }

    /** Creates contacts quickly, named {@code Контакт #n} with a work phone; returns their ids in order. */
    public synchronized List<Long> seedContacts(int count) {
        CustomField phone = this.customFields.get(customFieldId(EntityType.CONTACT, "PHONE"));
        Long work = phone.enumId("WORK");
        List<Long> userIds = List.copyOf(this.users.keySet());
        List<Long> created = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StoredEntity contact = newEntity(EntityType.CONTACT);
            contact.name = "Контакт #" + contact.id;
            contact.responsibleUserId = userIds.get(i % userIds.size());
            String number = "+7999"
                    + String.valueOf(10_000_000 + contact.id % 10_000_000L).substring(1);
            contact.customFields.put(phone.id(), List.of(new FieldValue(StringNode.valueOf(number), work, null)));
            created.add(contact.id);
        }
        return created;
    }

    /** Creates companies quickly, named {@code Компания #n}; returns their ids in order. */
    public synchronized List<Long> seedCompanies(int count) {
        List<Long> created = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StoredEntity company = newEntity(EntityType.COMPANY);
            company.name = "Компания #" + company.id;
            created.add(company.id);
        }
        return created;
    }

    /** Returns the number of stored entities of a type, deleted ones included. */
    public synchronized int count(EntityType type) {
        return store(type).size();
    }

    /** Returns the ids of the stored entities of a type in ascending order, deleted ones included. */
    public synchronized List<Long> ids(EntityType type) {
        return List.copyOf(store(type).keySet());
    }

    /** Returns an entity in amoCRM's read format, as {@code GET} would list it, or {@code null} when there is none. */
    public synchronized JsonNode entity(EntityType type, long id) {
        StoredEntity entity = store(type).get(id);
        return (entity != null) ? new EntityRenderer(this).render(entity) : null;
    }

    /** Sets the stored {@code updated_at} of an entity, as if someone else had just changed it. */
    public synchronized void setUpdatedAt(EntityType type, long id, long updatedAt) {
        require(type, id).updatedAt = updatedAt;
    }

    /** Moves a lead to the trash: lists hide it unless asked for {@code with=only_deleted}. */
    public synchronized void markDeleted(long leadId) {
        require(EntityType.LEAD, leadId).deleted = true;
    }

    /** Returns the URLs of the active webhooks. */
    public synchronized List<String> webhookUrls() {
        return List.copyOf(this.webhooks.keySet());
    }

    /** Adds a widget that can be installed through {@code POST /api/v2/widgets}; returns its id. */
    public synchronized long addWidget(String code, String name) {
        Widget widget = new Widget(nextId(), code, name);
        this.widgets.put(widget.id, widget);
        return widget.id;
    }

    /** Returns the number of incoming leads still waiting in the unsorted stage. */
    public synchronized int pendingIncomingLeads() {
        return (int) this.incomingLeads.values().stream()
                .filter((lead) -> lead.state.equals("pending"))
                .count();
    }

    /**
     * Forgets the data tests create: entities, tags, catalogs, webhooks, widgets, incoming leads and custom fields
     * added through {@code /api/v2/fields}. Users, pipelines and the other custom fields are kept.
     */
    public synchronized void reset() {
        this.customFields.keySet().removeAll(this.fieldOrigins.keySet());
        this.fieldOrigins.clear();
        this.tagsById.clear();
        this.tagsByName.clear();
        this.entities.clear();
        this.catalogs.clear();
        this.customFields.values().removeIf((field) -> Json.parseLong(field.entityKey()) != null);
        this.webhooks.clear();
        this.widgets.clear();
        this.incomingLeads.clear();
    }

    @Override
    public String toString() {
        return "FakeAccount " + this.host;
    }

    // ---- package-private model operations, called with the account locked ----

    long nextId() {
        return this.ids.incrementAndGet();
    }

    long now() {
        return this.clock.epochSecond();
    }

    NavigableMap<Long, StoredEntity> store(EntityType type) {
        return this.entities.computeIfAbsent(type, (key) -> new TreeMap<>());
    }

    StoredEntity newEntity(EntityType type) {
        StoredEntity entity = new StoredEntity(type, nextId());
        long now = now();
        entity.createdAt = now;
        entity.updatedAt = now;
        entity.createdBy = this.adminUserId;
        entity.updatedBy = this.adminUserId;
        entity.responsibleUserId = this.adminUserId;
        store(type).put(entity.id, entity);
        return entity;
    }

    StoredEntity require(EntityType type, long id) {
        StoredEntity entity = store(type).get(id);
        if (entity == null) {
            throw new IllegalArgumentException("Account " + this.host + " has no " + type.singular() + " " + id);
        }
        return entity;
    }

    Pipeline mainPipeline() {
        return this.pipelines.values().stream()
                .filter((pipeline) -> pipeline.main)
                .findFirst()
                .orElseGet(() -> this.pipelines.values().iterator().next());
    }

    /** Finds the pipeline a stage belongs to; the closing stages 142 and 143 belong to every pipeline. */
    Pipeline pipelineOfStage(long stageId) {
        for (Pipeline pipeline : this.pipelines.values()) {
            if (stageId != 142 && stageId != 143 && pipeline.stages.containsKey(stageId)) {
                return pipeline;
            }
        }
        return null;
    }

    Collection<CustomField> fieldsOf(String entityKey) {
        return this.customFields.values().stream()
                .filter((field) -> field.entityKey().equals(entityKey))
                .toList();
    }

    /**
     * Links two entities on both sides. A contact or a lead has at most one company, so linking a company replaces
     * the previous one.
     */
    void link(StoredEntity first, StoredEntity second) {
        if (second.type == EntityType.COMPANY && first.type != EntityType.COMPANY) {
            replaceCompany(first, second);
            return;
        }
        if (first.type == EntityType.COMPANY && second.type != EntityType.COMPANY) {
            replaceCompany(second, first);
            return;
        }
        first.addLink(second.type, second.id);
        second.addLink(first.type, first.id);
    }

    void unlink(StoredEntity first, StoredEntity second) {
        first.removeLink(second.type, second.id);
        second.removeLink(first.type, first.id);
    }

    private void replaceCompany(StoredEntity entity, StoredEntity company) {
        long previous = entity.companyId();
        if (previous != 0 && previous != company.id) {
            StoredEntity old = store(EntityType.COMPANY).get(previous);
            if (old != null) {
                unlink(entity, old);
            } else {
                entity.removeLink(EntityType.COMPANY, previous);
            }
        }
        entity.addLink(EntityType.COMPANY, company.id);
        company.addLink(entity.type, entity.id);
    }

    Tag tag(String tagName) {
        String key = tagName.trim().toLowerCase();
        Tag tag = this.tagsByName.get(key);
        if (tag == null) {
            tag = new Tag(nextId(), tagName.trim());
            this.tagsByName.put(key, tag);
            this.tagsById.put(tag.id(), tag);
        }
        return tag;
    }

    long addField(String entityKey, String name, int fieldType, String code, boolean system, String... enumValues) {
        long fieldId = nextId();
        Map<Long, String> enums = new LinkedHashMap<>();
        for (String value : enumValues) {
            enums.put(nextId(), value);
        }
        int sort = this.customFields.size() + 1;
        this.customFields.put(fieldId, new CustomField(fieldId, entityKey, name, fieldType, code, system, sort, enums));
        return fieldId;
    }

    private void initialize() {
        this.adminUserId = nextId();
        String login = "admin@" + subdomain() + ".example";
        this.users.put(this.adminUserId, new User(this.adminUserId, "Администратор", login, true, 0));
        addPipeline("Воронка", "Первичный контакт", "Переговоры", "Принимают решение");
        String[] phoneEnums = {"WORK", "WORKDD", "MOB", "FAX", "HOME", "OTHER"};
        String[] emailEnums = {"WORK", "PRIV", "OTHER"};
        addField("contacts", "Должность", CustomField.TEXT, "POSITION", true);
        addField("contacts", "Телефон", CustomField.MULTITEXT, "PHONE", true, phoneEnums);
        addField("contacts", "Email", CustomField.MULTITEXT, "EMAIL", true, emailEnums);
        addField(
                "contacts",
                "Мгн. сообщения",
                CustomField.MULTITEXT,
                "IM",
                true,
                "SKYPE",
                "ICQ",
                "JABBER",
                "GTALK",
                "MSN",
                "OTHER");
        addField("companies", "Телефон", CustomField.MULTITEXT, "PHONE", true, phoneEnums);
        addField("companies", "Email", CustomField.MULTITEXT, "EMAIL", true, emailEnums);
        addField("companies", "Web", CustomField.URL, "WEB", true);
        addField("companies", "Адрес", CustomField.TEXTAREA, "ADDRESS", true);
    }

    private static String subdomainOf(String host) {
        int dot = host.indexOf('.');
        return (dot > 0) ? host.substring(0, dot) : host;
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
