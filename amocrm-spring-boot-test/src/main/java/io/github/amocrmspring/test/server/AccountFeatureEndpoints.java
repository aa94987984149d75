package io.github.amocrmspring.test.server;

import io.github.amocrmspring.test.server.AccountModel.Catalog;
import io.github.amocrmspring.test.server.AccountModel.IncomingLead;
import io.github.amocrmspring.test.server.AccountModel.Pipeline;
import io.github.amocrmspring.test.server.AccountModel.Webhook;
import io.github.amocrmspring.test.server.AccountModel.Widget;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The account features outside the common entity endpoints: catalogs, webhooks, widgets, incoming leads (the
 * unsorted stage) and the AJAX lists used by amoCRM's web interface.
 */
final class AccountFeatureEndpoints {

    /** Most webhooks an account can have active at once. */
    static final int MAX_WEBHOOKS = 100;

    static final int AJAX_PAGE_SIZE = 50;

    private static final Pattern WEBHOOK_EVENT =
            Pattern.compile("(add|update|delete|responsible)_(lead|contact|company|customer|task)"
                    + "|restore_(lead|contact|company)|status_lead|note_(lead|contact|company|customer)");

    // ---- catalogs ----

    FakeResponse catalogs(FakeRequest request, FakeAccount account) {
        List<Long> ids = Json.asLongList(request.queryParameter("id"));
        ArrayNode items = Json.array();
        for (Catalog catalog : account.catalogs.values()) {
            if (ids.isEmpty() || ids.contains(catalog.id)) {
                items.add(catalog(catalog));
            }
        }
        return list(request, items);
    }

    FakeResponse saveCatalogs(FakeRequest request, FakeAccount account, long userId, EntityEndpoint entities) {
        if (!request.isPost()) {
            return FakeResponse.legacyError(405, "Неверный метод запроса", "405");
        }
        JsonNode body = request.bodyJson();
        List<JsonNode> additions = Json.elements(body.path("add"));
        List<JsonNode> updates = Json.elements(body.path("update"));
        List<Long> deletions = Json.asLongList(body.path("delete"));
        if (additions.isEmpty() && updates.isEmpty() && deletions.isEmpty()) {
            return FakeResponse.legacyError(400, "No data: expected 'add', 'update' or 'delete'", "283");
        }
        if (additions.size() + updates.size() + deletions.size() > EntityEndpoint.MAX_BATCH) {
            return entities.oversizedBatch(EntityType.CATALOG_ELEMENT);
        }
        ArrayNode items = Json.array();
        ObjectNode addErrors = Json.object();
        ObjectNode updateErrors = Json.object();
        for (int index = 0; index < additions.size(); index++) {
            JsonNode item = additions.get(index);
            String name = Json.asText(item.path("name"));
            if (name == null || name.isBlank()) {
                addErrors.set(String.valueOf(index), EntityEndpoint.codedError(285, "Field 'name' is required"));
                continue;
            }
            Catalog catalog = new Catalog(account.nextId());
            catalog.createdAt = account.now();
            catalog.createdBy = userId;
            catalog.sort = account.catalogs.size() + 1;
            applyCatalog(catalog, item);
            account.catalogs.put(catalog.id, catalog);
            items.add(savedCatalog(catalog, EntityEndpoint.requestId(item, String.valueOf(index))));
        }
        for (JsonNode item : updates) {
            Long id = Json.asLong(item.path("id"));
            Catalog catalog = (id != null) ? account.catalogs.get(id) : null;
            if (catalog == null) {
                updateErrors.set(String.valueOf(id), EntityEndpoint.codedError(282, "Catalog not found"));
                continue;
            }
            applyCatalog(catalog, item);
            items.add(savedCatalog(catalog, EntityEndpoint.requestId(item, String.valueOf(id))));
        }
        for (Long id : deletions) {
            if (account.catalogs.remove(id) != null) {
                account.store(EntityType.CATALOG_ELEMENT).values().removeIf((element) -> element.catalogId == id);
                account.customFields
                        .values()
                        .removeIf((field) -> field.entityKey().equals(String.valueOf(id)));
            }
        }
        return EntityEndpoint.savedResponse("/api/v2/catalogs", items, addErrors, updateErrors);
    }

    private void applyCatalog(Catalog catalog, JsonNode item) {
        String name = Json.asText(item.path("name"));
        if (name != null && !name.isBlank()) {
            catalog.name = name;
        }
        String type = Json.asText(item.path("type"));
        if (type != null) {
            catalog.type = type;
        }
        catalog.canAddElements = Json.asBoolean(item.path("can_add_elements"), catalog.canAddElements);
        catalog.canShowInCards = Json.asBoolean(item.path("can_show_in_cards"), catalog.canShowInCards);
        catalog.canLinkMultiple = Json.asBoolean(item.path("can_link_multiple"), catalog.canLinkMultiple);
    }

    private ObjectNode catalog(Catalog catalog) {
        ObjectNode item = Json.object();
        item.put("id", catalog.id);
        item.put("name", catalog.name);
        item.put("type", catalog.type);
        item.put("created_by", catalog.createdBy);
        item.put("created_at", catalog.createdAt);
        item.put("sort", catalog.sort);
        item.put("can_add_elements", catalog.canAddElements);
        item.put("can_show_in_cards", catalog.canShowInCards);
        item.put("can_link_multiple", catalog.canLinkMultiple);
        item.set("_links", Json.selfLink("/api/v2/catalogs?id=" + catalog.id, "get"));
        return item;
    }

    private ObjectNode savedCatalog(Catalog catalog, JsonNode requestId) {
        ObjectNode saved = Json.object();
        saved.put("id", catalog.id);
        saved.set("request_id", requestId);
        saved.set("_links", Json.selfLink("/api/v2/catalogs?id=" + catalog.id, "get"));
        return saved;
    }

    // ---- webhooks ----

    FakeResponse webhooks(FakeRequest request, FakeAccount account) {
        ArrayNode items = Json.array();
        for (Webhook webhook : account.webhooks.values()) {
            ObjectNode item = items.addObject();
            item.put("id", webhook.id);
            item.put("url", webhook.url);
            ArrayNode events = item.putArray("events");
            webhook.events.forEach(events::add);
        }
        return list(request, items);
    }

    /**
     * Subscribes URLs to events. Subscribing a known URL adds events to it. A subscription that would make more than
     * {@value #MAX_WEBHOOKS} webhooks, or that names no URL or an unknown event, gets {@code result:false}.
     */
    FakeResponse subscribe(FakeRequest request, FakeAccount account) {
        ArrayNode items = Json.array();
        for (JsonNode subscription : Json.elements(request.bodyJson().path("subscribe"))) {
            String url = Json.asText(subscription.path("url"));
            List<String> events = texts(subscription.path("events"));
            boolean valid = url != null
                    && !url.isBlank()
                    && !events.isEmpty()
                    && events.stream()
                            .allMatch((event) -> WEBHOOK_EVENT.matcher(event).matches());
            boolean room = account.webhooks.containsKey(url) || account.webhooks.size() < MAX_WEBHOOKS;
            if (valid && room) {
                account.webhooks
                        .computeIfAbsent(url, (key) -> new Webhook(account.nextId(), key))
                        .events
                        .addAll(events);
            }
            items.add(webhookResult(url, valid && room));
        }
        return webhookResponse(request, items);
    }

    /** Unsubscribes a URL from the events named, or from every event when none is named. */
    FakeResponse unsubscribe(FakeRequest request, FakeAccount account) {
        ArrayNode items = Json.array();
        for (JsonNode subscription : Json.elements(request.bodyJson().path("unsubscribe"))) {
            String url = Json.asText(subscription.path("url"));
            Webhook webhook = (url != null) ? account.webhooks.get(url) : null;
            if (webhook != null) {
                List<String> events = texts(subscription.path("events"));
                if (events.isEmpty()) {
                    webhook.events.clear();
                } else {
                    webhook.events.removeAll(events);
                }
                if (webhook.events.isEmpty()) {
                    account.webhooks.remove(url);
                }
            }
            items.add(webhookResult(url, webhook != null));
        }
        return webhookResponse(request, items);
    }

    /** Reads a list of texts given as one value, a comma-separated string or an array. */
    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        List<JsonNode> values = node.isContainer() ? Json.elements(node) : List.of(node);
        for (JsonNode value : values) {
            String text = Json.asText(value);
            if (text != null) {
                for (String part : text.split(",")) {
                    if (!part.isBlank()) {
                        texts.add(part.trim());
                    }
                }
            }
        }
        return texts;
    }

    private static ObjectNode webhookResult(String url, boolean result) {
        ObjectNode item = Json.object();
        item.put("url", url);
        item.put("result", result);
        return item;
    }

    private static FakeResponse webhookResponse(FakeRequest request, ArrayNode items) {
        if (items.isEmpty()) {
            return FakeResponse.legacyError(400, "Empty request", "103");
        }
        ObjectNode body = Json.object();
        body.set("_links", Json.selfLink(request.path(), "post"));
        body.putObject("_embedded").set("items", items);
        return FakeResponse.hal(200, body);
    }

    // ---- widgets ----

    /** Lists widgets: {@code {"widgets":[…]}} on {@code /api/v2/widgets}, {@code _embedded.items} on its list. */
    FakeResponse widgets(FakeRequest request, FakeAccount account, boolean embedded) {
        List<Long> ids = Json.asLongList(request.queryParameter("widget_id"));
        List<String> codes = texts(request.queryParameter("widget_code"));
        ArrayNode items = Json.array();
        for (Widget widget : account.widgets.values()) {
            if ((ids.isEmpty() || ids.contains(widget.id)) && (codes.isEmpty() || codes.contains(widget.code))) {
                items.add(widget(widget));
            }
        }
        if (embedded) {
            return list(request, items);
        }
        if (items.isEmpty()) {
            return FakeResponse.noContent();
        }
        ObjectNode body = Json.object();
        body.set("_links", Json.selfLink(request.pathWithQuery(), "get"));
        body.set("widgets", items);
        return FakeResponse.hal(200, body);
    }

    FakeResponse saveWidgets(FakeRequest request, FakeAccount account) {
        JsonNode widgets = request.bodyJson().path("widgets");
        ArrayNode items = Json.array();
        for (String action : List.of("install", "uninstall")) {
            for (JsonNode change : Json.elements(widgets.path(action))) {
                Widget widget = findWidget(account, change);
                if (widget == null) {
                    continue;
                }
                widget.active = action.equals("install");
                if (change.path("settings").isObject()) {
                    widget.settings = (ObjectNode) change.path("settings").deepCopy();
                }
                items.add(widget(widget));
            }
        }
        if (items.isEmpty()) {
            return FakeResponse.legacyError(400, "No widget found to install or uninstall", "103");
        }
        ObjectNode body = Json.object();
        body.set("_links", Json.selfLink(request.path(), "post"));
        body.set("widgets", items);
        return FakeResponse.hal(200, body);
    }

    private static Widget findWidget(FakeAccount account, JsonNode change) {
        Long id = Json.asLong(change.path("widget_id"));
        String code = Json.asText(change.path("widget_code"));
        for (Widget widget : account.widgets.values()) {
            if ((id != null && id == widget.id) || (code != null && code.equals(widget.code))) {
                return widget;
            }
        }
        return null;
    }

    private static ObjectNode widget(Widget widget) {
        ObjectNode item = Json.object();
        item.put("widget_id", widget.id);
        item.put("widget_code", widget.code);
        item.put("name", widget.name);
        item.putObject("settings_template");
        item.put("dp", false);
        item.put("salesbot_designer", false);
        item.put("rating", 0);
        item.set("settings", widget.settings.deepCopy());
        item.put("active", widget.active);
        item.put("path", "/widgets/" + widget.code + "/");
        item.put("new_design", true);
        item.put("is_lead_source", false);
        item.put("dp_ready", false);
        return item;
    }

    // ---- incoming leads ----

    /**
     * Adds incoming leads from a form or a call. A repeated form (same form id, page and creation time) or call (same
     * caller, callee, time, duration and service) is not added again: its existing uid is returned.
     */
    FakeResponse addIncoming(FakeRequest request, FakeAccount account, String category) {
        List<JsonNode> additions = Json.elements(request.bodyJson().path("add"));
        if (additions.isEmpty()) {
            return incomingFailure("Empty request: expected 'add'", 103);
        }
        List<IncomingLead> accepted = new ArrayList<>();
        for (JsonNode item : additions) {
            JsonNode info = item.path("incoming_lead_info");
            List<String> required = category.equals("form")
                    ? List.of("form_id", "form_page")
                    : List.of("to", "from", "date_call", "service_code");
            for (String field : required) {
                if (Json.asText(info.path(field)) == null) {
                    return incomingFailure("Field 'incoming_lead_info." + field + "' is required", 400);
                }
            }
            long pipelineId = Json.asLong(item.path("pipeline_id"), account.mainPipelineId());
            if (!account.pipelines.containsKey(pipelineId)) {
                return incomingFailure("Pipeline " + pipelineId + " not found", 400);
            }
            IncomingLead lead = new IncomingLead(Authorizations.randomHex(40), category);
            lead.sourceName = Json.asText(item.path("source_name"));
            lead.sourceUid = Json.asText(item.path("source_uid"));
            lead.pipelineId = pipelineId;
            lead.createdAt = Json.asLong(item.path("created_at"), account.now());
            lead.info = info.isObject() ? (ObjectNode) info.deepCopy() : Json.object();
            lead.entities = item.path("incoming_entities").isObject()
                    ? (ObjectNode) item.path("incoming_entities").deepCopy()
                    : Json.object();
            accepted.add(lead);
        }
        ArrayNode uids = Json.array();
        for (IncomingLead lead : accepted) {
            IncomingLead duplicate = findDuplicate(account, lead);
            if (duplicate != null) {
                uids.add(duplicate.uid);
                continue;
            }
            account.incomingLeads.put(lead.uid, lead);
            uids.add(lead.uid);
        }
        ObjectNode body = Json.object();
        body.put("status", "success");
        body.set("data", uids);
        body.set("_links", Json.selfLink(request.path(), "post"));
        return FakeResponse.hal(200, body);
    }

    private static IncomingLead findDuplicate(FakeAccount account, IncomingLead lead) {
        List<String> keys = lead.category.equals("form")
                ? List.of("form_id", "form_page")
                : List.of("to", "from", "date_call", "duration", "service_code");
        for (IncomingLead existing : account.incomingLeads.values()) {
            boolean same = existing.category.equals(lead.category)
                    && (!lead.category.equals("form") || existing.createdAt == lead.createdAt);
            for (String key : keys) {
                same = same
                        && String.valueOf(Json.asText(existing.info.path(key)))
                                .equals(String.valueOf(Json.asText(lead.info.path(key))));
            }
            if (same) {
                return existing;
            }
        }
        return null;
    }

    /** Accepts incoming leads: creates the lead, its contacts and companies, linked together. */
    FakeResponse accept(FakeRequest request, FakeAccount account, long userId) {
        JsonNode body = request.bodyJson();
        List<String> uids = texts(body.path("accept"));
        FakeResponse failure = checkPending(account, uids);
        if (failure != null) {
            return failure;
        }
        long actingUser = Json.asLong(body.path("user_id"), userId);
        EntityWriter writer = new EntityWriter(account, actingUser);
        ObjectNode data = Json.object();
        for (String uid : uids) {
            IncomingLead incoming = account.incomingLeads.get(uid);
            Pipeline pipeline = account.pipelines.get(incoming.pipelineId);
            long statusId = Json.asLong(body.path("status_id"), pipeline.firstWorkingStageId());
            List<StoredEntity> leads = create(writer, EntityType.LEAD, incoming.entities.path("leads"), (item) -> {
                item.put("pipeline_id", pipeline.id);
                item.put("status_id", statusId);
            });
            List<StoredEntity> contacts = create(writer, EntityType.CONTACT, incoming.entities.path("contacts"), null);
            List<StoredEntity> companies =
                    create(writer, EntityType.COMPANY, incoming.entities.path("companies"), null);
            for (StoredEntity lead : leads) {
                contacts.forEach((contact) -> account.link(lead, contact));
                companies.forEach((company) -> account.link(lead, company));
            }
            if (!companies.isEmpty()) {
                contacts.forEach((contact) -> account.link(contact, companies.get(0)));
            }
            incoming.state = "accepted";
            ObjectNode created = data.putObject(uid);
            created.set("leads", ids(leads));
            created.set("contacts", ids(contacts));
            created.set("companies", ids(companies));
        }
        return incomingSuccess(request, data);
    }

    FakeResponse decline(FakeRequest request, FakeAccount account) {
        List<String> uids = texts(request.bodyJson().path("decline"));
        FakeResponse failure = checkPending(account, uids);
        if (failure != null) {
            return failure;
        }
        ObjectNode data = Json.object();
        for (String uid : uids) {
            account.incomingLeads.get(uid).state = "declined";
            data.put(uid, false);
        }
        return incomingSuccess(request, data);
    }

    private static FakeResponse checkPending(FakeAccount account, List<String> uids) {
        if (uids.isEmpty()) {
            return incomingFailure("No incoming lead uid given", 103);
        }
        for (String uid : uids) {
            IncomingLead lead = account.incomingLeads.get(uid);
            if (lead == null || !lead.state.equals("pending")) {
                return incomingFailure("Incoming lead " + uid + " not found in the unsorted stage", 400);
            }
        }
        return null;
    }

    private interface ItemCustomizer {

        void customize(ObjectNode item);
    }

    private static List<StoredEntity> create(
            EntityWriter writer, EntityType type, JsonNode items, ItemCustomizer customizer) {
        List<StoredEntity> created = new ArrayList<>();
        for (JsonNode item : Json.elements(items)) {
            ObjectNode copy = item.isObject() ? ((ObjectNode) item).deepCopy() : Json.object();
            copy.remove("notes");
            if (customizer != null) {
                customizer.customize(copy);
            }
            if (Json.asText(copy.path("name")) == null) {
                copy.put("name", type == EntityType.LEAD ? "Сделка из неразобранного" : "Без имени");
            }
            try {
                created.add(writer.add(type, copy));
            } catch (ItemRejectedException ex) {
                // an entity the form described badly is skipped, as amoCRM drops invalid fields of incoming leads
            }
        }
        return created;
    }

    private static ArrayNode ids(List<StoredEntity> entities) {
        ArrayNode ids = Json.array();
        entities.forEach((entity) -> ids.add(entity.id));
        return ids;
    }

    /**
     * Lists incoming leads still in the unsorted stage; pages with {@code page_size}/{@code page} or
     * {@code limit_rows}/{@code limit_offset}.
     */
    FakeResponse incomingLeads(FakeRequest request, FakeAccount account) {
        ObjectNode query = request.query();
        Set<String> categories = new TreeSet<>();
        for (String category : texts(query.path("categories"))) {
            categories.add(category.replaceAll("s$", ""));
        }
        List<String> uids = texts(query.path("uid"));
        Long pipelineId = Json.asLong(query.path("pipeline_id"));
        List<IncomingLead> matching = new ArrayList<>();
        for (IncomingLead lead : account.incomingLeads.values()) {
            boolean matches = lead.state.equals("pending")
                    && (categories.isEmpty() || categories.contains(lead.category))
                    && (uids.isEmpty() || uids.contains(lead.uid))
                    && (pipelineId == null || pipelineId == lead.pipelineId);
            if (matches) {
                matching.add(lead);
            }
        }
        Comparator<IncomingLead> order = Comparator.comparingLong((IncomingLead lead) -> lead.createdAt);
        String direction = Json.asText(query.path("order_by").path("created_at"));
        matching.sort("desc".equalsIgnoreCase(direction) ? order.reversed() : order);
        int limit = EntityEndpoint.MAX_ROWS;
        int offset = 0;
        if (Json.asLong(query.path("limit_rows")) != null) {
            limit = (int) Math.min(EntityEndpoint.MAX_ROWS, Math.max(1, Json.asLong(query.path("limit_rows"), 1)));
            offset = (int) Math.max(0, Json.asLong(query.path("limit_offset"), 0));
        } else if (Json.asLong(query.path("page_size")) != null || Json.asLong(query.path("page")) != null) {
            limit = (int) Math.min(EntityEndpoint.MAX_ROWS, Math.max(1, Json.asLong(query.path("page_size"), 50)));
            offset = (int) Math.max(0, (Json.asLong(query.path("page"), 1) - 1) * limit);
        }
        ArrayNode items = Json.array();
        for (int i = offset; i < matching.size() && items.size() < limit; i++) {
            items.add(incomingLead(matching.get(i)));
        }
        return list(request, items);
    }

    private static ObjectNode incomingLead(IncomingLead lead) {
        ObjectNode item = Json.object();
        item.put("uid", lead.uid);
        item.put("category", lead.category);
        item.put("source_name", lead.sourceName);
        item.put("source_uid", lead.sourceUid);
        item.put("pipeline_id", lead.pipelineId);
        item.put("created_at", lead.createdAt);
        ObjectNode info = lead.info.deepCopy();
        if (lead.category.equals("sip") && info.has("date_call")) {
            info.set("date", info.remove("date_call"));
        }
        item.set("incoming_lead_info", info);
        item.set("incoming_entities", lead.entities.deepCopy());
        item.set("_links", Json.selfLink("/api/v2/incoming_leads?uid=" + lead.uid, "get"));
        return item;
    }

    /** Counts incoming leads by category, optionally within {@code filter[date][from|to]} (also under {@code data}). */
    FakeResponse incomingLeadsSummary(FakeRequest request, FakeAccount account) {
        ObjectNode query = request.query();
        JsonNode date = query.path("filter").path("date");
        if (date.isMissingNode()) {
            date = query.path("data").path("filter").path("date");
        }
        Long from = DateParameters.parse(Json.asText(date.path("from")));
        Long to = DateParameters.parse(Json.asText(date.path("to")));
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String category : List.of("sip", "mail", "form", "chat")) {
            counts.put(category, 0);
        }
        int accepted = 0;
        int total = 0;
        for (IncomingLead lead : account.incomingLeads.values()) {
            if ((from != null && lead.createdAt < from) || (to != null && lead.createdAt > to)) {
                continue;
            }
            counts.merge(lead.category, 1, Integer::sum);
            total++;
            if (lead.state.equals("accepted")) {
                accepted++;
            }
        }
        ObjectNode body = Json.object();
        counts.forEach(body::put);
        body.put("total", total);
        body.put("avg_time", 0);
        body.put("accepted", accepted);
        body.set("_links", Json.selfLink(request.pathWithQuery(), "get"));
        return FakeResponse.hal(200, body);
    }

    private static FakeResponse incomingSuccess(FakeRequest request, JsonNode data) {
        ObjectNode body = Json.object();
        body.put("status", "success");
        body.set("data", data);
        body.set("_links", Json.selfLink(request.path(), "post"));
        return FakeResponse.hal(200, body);
    }

    private static FakeResponse incomingFailure(String error, int code) {
        ObjectNode body = Json.object();
        body.put("status", "fail");
        body.put("error", error);
        body.put("error_code", code);
        return FakeResponse.json(400, FakeResponse.JSON, body);
    }

    // ---- AJAX ----

    /**
     * Serves {@code /ajax/contacts/list}, {@code /ajax/leads/list} and {@code /ajax/companies/list}: a page of
     * {@value #AJAX_PAGE_SIZE} entities under {@code response.items}, filtered by {@code query} when given.
     */
    FakeResponse ajax(FakeRequest request, FakeAccount account) {
        String[] parts = request.path().split("/");
        EntityType type = (parts.length == 4 && parts[3].equals("list")) ? EntityType.ofName(parts[2]) : null;
        if (type == null || (type != EntityType.CONTACT && type != EntityType.LEAD && type != EntityType.COMPANY)) {
            return FakeRouter.notFound();
        }
        JsonNode form = request.isPost() ? request.bodyJson() : request.query();
        long page = Math.max(1, Json.asLong(form.path("page"), 1));
        String search = Json.asText(form.path("query"));
        String needle = (search != null) ? search.toLowerCase(Locale.ROOT) : null;
        EntityRenderer renderer = new EntityRenderer(account);
        ArrayNode items = Json.array();
        int matched = 0;
        long skip = (page - 1) * AJAX_PAGE_SIZE;
        for (StoredEntity entity : account.store(type).values()) {
            if (entity.deleted
                    || (needle != null && !entity.name.toLowerCase(Locale.ROOT).contains(needle))) {
                continue;
            }
            matched++;
            if (matched > skip && items.size() < AJAX_PAGE_SIZE) {
                items.add(renderer.render(entity));
            }
        }
        ObjectNode body = Json.object();
        ObjectNode response = body.putObject("response");
        response.set("items", items);
        ObjectNode pagination = response.putObject("pagination");
        pagination.put("page", page);
        pagination.put("per_page", AJAX_PAGE_SIZE);
        pagination.put("total", matched);
        return FakeResponse.json(200, FakeResponse.JSON, body);
    }

    // ---- shared ----

    private static FakeResponse list(FakeRequest request, ArrayNode items) {
        if (items.isEmpty()) {
            return FakeResponse.noContent();
        }
        ObjectNode body = Json.object();
        body.set("_links", Json.selfLink(request.pathWithQuery(), "get"));
        body.putObject("_embedded").set("items", items);
        return FakeResponse.hal(200, body);
    }
}
