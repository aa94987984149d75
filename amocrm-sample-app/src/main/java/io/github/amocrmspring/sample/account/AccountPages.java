package io.github.amocrmspring.sample.account;

import io.github.amocrmspring.client.AccountPart;
import io.github.amocrmspring.client.AmoOperations;
import io.github.amocrmspring.client.AmoResponse;
import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.sample.account.AccountSummary.Pipeline;
import io.github.amocrmspring.sample.account.AccountSummary.Stage;
import io.github.amocrmspring.sample.account.AccountSummary.User;
import io.github.amocrmspring.storage.StoredTokens;
import io.github.amocrmspring.storage.TokenStorage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/** Reads and changes what the account page shows, through the starter's {@link AmoTemplate}. */
@Service
public class AccountPages {

    private static final DateTimeFormatter DAY_AND_MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final AmoTemplate amoTemplate;

    private final TokenStorage tokenStorage;

    private final Clock clock;

    public AccountPages(AmoTemplate amoTemplate, TokenStorage tokenStorage, Clock clock) {
        this.amoTemplate = amoTemplate;
        this.tokenStorage = tokenStorage;
        this.clock = clock;
    }

    /** Returns whether tokens are stored for an account, that is whether it was connected. */
    public boolean isConnected(String host) {
        return this.tokenStorage.hasTokens(host);
    }

    /** Returns the account's name, users and pipelines. */
    public AccountSummary summary(String host) {
        JsonNode account = account(host).account(AccountPart.USERS, AccountPart.PIPELINES);
        JsonNode embedded = account.path("_embedded");
        List<User> users = new ArrayList<>();
        for (JsonNode user : embedded.path("users").values()) {
            users.add(new User(
                    user.path("id").asLong(),
                    user.path("name").asString(""),
                    user.path("login").asString(""),
                    user.path("is_admin").asBoolean(false)));
        }
        List<Pipeline> pipelines = new ArrayList<>();
        for (JsonNode pipeline : embedded.path("pipelines").values()) {
            List<Stage> stages = pipeline.path("statuses")
                    .valueStream()
                    .sorted(Comparator.comparingLong(
                            (JsonNode status) -> status.path("sort").asLong()))
                    .map((status) -> new Stage(
                            status.path("id").asLong(), status.path("name").asString("")))
                    .toList();
            pipelines.add(new Pipeline(
                    pipeline.path("id").asLong(),
                    pipeline.path("name").asString(""),
                    pipeline.path("is_main").asBoolean(false),
                    stages));
        }
        pipelines.sort(Comparator.comparing(Pipeline::main).reversed());
        return new AccountSummary(
                host,
                account.path("id").asLong(),
                account.path("name").asString(host),
                account.path("currency").asString(null),
                users,
                pipelines);
    }

    /** Returns one page of the account's leads, {@code pageSize} per page. */
    public LeadsPage leads(AccountSummary account, int page, int pageSize) {
        String host = account.host();
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("limit_rows", pageSize + 1);
        parameters.put("limit_offset", (page - 1) * pageSize);
        List<JsonNode> items = account(host).get("/api/v2/leads", parameters).items();
        boolean hasNext = items.size() > pageSize;
        List<JsonNode> shown = items.subList(0, Math.min(items.size(), pageSize));
        return new LeadsPage(rows(account, shown), page, hasNext);
    }

    /** Returns one lead as a table row, if it exists. */
    public Optional<LeadsPage.Row> lead(AccountSummary account, long id) {
        List<JsonNode> items =
                account(account.host()).get("/api/v2/leads", Map.of("id", id)).items();
        return rows(account, items).stream().findFirst();
    }

    /**
     * Creates a contact, then a lead linked to it.
     * @return the ID of the new lead
     */
    public long createLead(String host, NewLeadForm form) {
        AmoOperations account = account(host);
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", form.getContactName());
        List<Map<String, Object>> customFields = contactFields(account, form);
        if (!customFields.isEmpty()) {
            contact.put("custom_fields", customFields);
        }
        long contactId = firstId(account.post("/api/v2/contacts", Map.of("add", List.of(contact))));

        Map<String, Object> lead = new LinkedHashMap<>();
        lead.put("name", form.getLeadName());
        if (form.getPrice() != null) {
            lead.put("sale", form.getPrice());
        }
        lead.put("contacts_id", List.of(contactId));
        return firstId(account.post("/api/v2/leads", Map.of("add", List.of(lead))));
    }

    /** Returns the state of the account's stored tokens. */
    public TokenState tokenState(String host) {
        StoredTokens tokens = this.tokenStorage.load(host).orElse(null);
        if (tokens == null) {
            return new TokenState("none", "—", "—", false, true);
        }
        Instant now = this.clock.instant();
        return new TokenState(
                describe(tokens),
                (tokens.expiresAt() != null) ? TIME.format(tokens.expiresAt()) : "does not expire",
                (tokens.refreshedAt() != null) ? TIME.format(tokens.refreshedAt()) : "—",
                tokens.expiresBefore(now),
                tokens.needsAuthorization());
    }

    private AmoOperations account(String host) {
        return this.amoTemplate.forAccount(host);
    }

    private List<LeadsPage.Row> rows(AccountSummary account, List<JsonNode> leads) {
        Map<Long, String> contactNames = contactNames(account.host(), leads);
        List<LeadsPage.Row> rows = new ArrayList<>();
        for (JsonNode lead : leads) {
            String contacts = lead.path("contacts")
                    .path("id")
                    .valueStream()
                    .map((id) -> contactNames.getOrDefault(id.asLong(), "#" + id.asLong()))
                    .collect(Collectors.joining(", "));
            long createdAt = lead.path("created_at").asLong();
            rows.add(new LeadsPage.Row(
                    lead.path("id").asLong(),
                    lead.path("name").asString(""),
                    lead.path("sale").asLong(0),
                    account.stageName(lead.path("status_id").asLong()),
                    contacts,
                    (createdAt > 0) ? DAY_AND_MINUTE.format(Instant.ofEpochSecond(createdAt)) : ""));
        }
        return rows;
    }

    private Map<Long, String> contactNames(String host, List<JsonNode> leads) {
        List<Long> ids = leads.stream()
                .flatMap((lead) -> lead.path("contacts").path("id").valueStream())
                .map(JsonNode::asLong)
                .distinct()
                .toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<JsonNode> contacts =
                account(host).get("/api/v2/contacts", Map.of("id", ids)).items();
        return contacts.stream()
                .collect(Collectors.toMap(
                        (contact) -> contact.path("id").asLong(),
                        (contact) -> contact.path("name").asString(""),
                        (first, second) -> first));
    }

    private static List<Map<String, Object>> contactFields(AmoOperations account, NewLeadForm form) {
        List<Map<String, Object>> fields = new ArrayList<>();
        if (isBlank(form.getPhone()) && isBlank(form.getEmail())) {
            return fields;
        }
        JsonNode contactFields = account.account(AccountPart.CUSTOM_FIELDS)
                .path("_embedded")
                .path("custom_fields")
                .path("contacts");
        addField(fields, contactFields, "PHONE", form.getPhone());
        addField(fields, contactFields, "EMAIL", form.getEmail());
        return fields;
    }

    private static void addField(List<Map<String, Object>> fields, JsonNode definitions, String code, String value) {
        if (isBlank(value)) {
            return;
        }
        definitions
                .valueStream()
                .filter((field) -> code.equalsIgnoreCase(field.path("code").asString("")))
                .findFirst()
                .ifPresent((field) -> fields.add(Map.of(
                        "id", field.path("id").asLong(), "values", List.of(Map.of("value", value, "enum", "WORK")))));
    }

    private static long firstId(AmoResponse response) {
        List<JsonNode> items = response.items();
        if (items.isEmpty() || !items.get(0).hasNonNull("id")) {
            throw new IllegalStateException("amoCRM did not return the ID of the created entity");
        }
        return items.get(0).path("id").asLong();
    }

    private static String describe(StoredTokens tokens) {
        return switch (tokens.kind()) {
            case OAUTH -> "OAuth 2.0 access and refresh token";
            case LONG_LIVED_TOKEN -> "long-lived token";
            case API_KEY -> "API key session";
        };
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
