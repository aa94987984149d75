package io.github.amocrmspring.sample.account;

import io.github.amocrmspring.client.AccountPart;
import io.github.amocrmspring.client.AmoOperations;
import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.entity.ContactQuery;
import io.github.amocrmspring.entity.LeadQuery;
import io.github.amocrmspring.model.Account;
import io.github.amocrmspring.model.AccountUser;
import io.github.amocrmspring.model.Contact;
import io.github.amocrmspring.model.CustomFieldDefinition;
import io.github.amocrmspring.model.CustomFieldValue;
import io.github.amocrmspring.model.Lead;
import io.github.amocrmspring.model.PipelineStatus;
import io.github.amocrmspring.sample.account.AccountSummary.Pipeline;
import io.github.amocrmspring.sample.account.AccountSummary.Stage;
import io.github.amocrmspring.sample.account.AccountSummary.User;
import io.github.amocrmspring.storage.StoredTokens;
import io.github.amocrmspring.storage.TokenStorage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Reads and changes what the account page shows, through the starter's {@link AmoTemplate}: the account with its
 * users and pipelines, leads and contacts, and the tokens in the {@link TokenStorage}.
 */
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
        Account account = operations(host).account(AccountPart.USERS, AccountPart.PIPELINES);
        List<User> users = account.getUsers().stream().map(AccountPages::user).toList();
        List<Pipeline> pipelines = account.getPipelines().stream()
                .map(AccountPages::pipeline)
                .sorted(Comparator.comparing(Pipeline::main).reversed())
                .toList();
        return new AccountSummary(
                host,
                Objects.requireNonNullElse(account.getId(), 0L),
                Objects.requireNonNullElse(account.getName(), host),
                account.getCurrency(),
                users,
                pipelines);
    }

    /** Returns one page of the account's leads, {@code pageSize} per page, asking for one more to know if a next
     * page exists. */
    public LeadsPage leads(AccountSummary account, int page, int pageSize) {
        LeadQuery query = LeadQuery.all().limitRows(pageSize + 1).limitOffset((page - 1) * pageSize);
        List<Lead> leads = operations(account.host()).leads().find(query);
        boolean hasNext = leads.size() > pageSize;
        List<Lead> shown = leads.subList(0, Math.min(leads.size(), pageSize));
        return new LeadsPage(rows(account, shown), page, hasNext);
    }

    /** Returns one lead as a table row, if it exists. */
    public Optional<LeadsPage.Row> lead(AccountSummary account, long id) {
        return operations(account.host())
                .leads()
                .findById(id)
                .flatMap((lead) -> rows(account, List.of(lead)).stream().findFirst());
    }

    /**
     * Creates a contact with the form's phone and e-mail, then a lead linked to it.
     * @return the ID of the new lead
     */
    public long createLead(String host, NewLeadForm form) {
        AmoOperations account = operations(host);
        Contact contact = new Contact(form.getContactName().strip());
        if (hasText(form.getPhone()) || hasText(form.getEmail())) {
            List<CustomFieldDefinition> fields =
                    account.account(AccountPart.CUSTOM_FIELDS).getCustomFields().getContactFields();
            setWorkValue(contact, fields, "PHONE", form.getPhone());
            setWorkValue(contact, fields, "EMAIL", form.getEmail());
        }
        account.contacts().save(contact);

        Lead lead = new Lead(form.getLeadName().strip());
        lead.setSale(form.getPrice());
        lead.linkContacts(contact.getId());
        return account.leads().save(lead).getId();
    }

    /** Returns the state of the account's stored tokens. */
    public TokenState tokenState(String host) {
        StoredTokens tokens = this.tokenStorage.load(host).orElse(null);
        if (tokens == null) {
            return new TokenState("none", "—", "—", false, true);
        }
        return new TokenState(
                describe(tokens),
                (tokens.expiresAt() != null) ? TIME.format(tokens.expiresAt()) : "does not expire",
                (tokens.refreshedAt() != null) ? TIME.format(tokens.refreshedAt()) : "—",
                tokens.expiresBefore(this.clock.instant()),
                tokens.needsAuthorization());
    }

    private AmoOperations operations(String host) {
        return this.amoTemplate.forAccount(host);
    }

    private List<LeadsPage.Row> rows(AccountSummary account, List<Lead> leads) {
        Map<Long, String> contactNames = contactNames(account.host(), leads);
        return leads.stream()
                .map((lead) -> new LeadsPage.Row(
                        lead.getId(),
                        Objects.requireNonNullElse(lead.getName(), ""),
                        Objects.requireNonNullElse(lead.getSale(), 0L),
                        (lead.getStatusId() != null) ? account.stageName(lead.getStatusId()) : "",
                        lead.getContactIds().stream()
                                .map((id) -> contactNames.getOrDefault(id, "#" + id))
                                .collect(Collectors.joining(", ")),
                        format(lead.getCreatedAt())))
                .toList();
    }

    private Map<Long, String> contactNames(String host, List<Lead> leads) {
        long[] ids = leads.stream()
                .flatMap((lead) -> lead.getContactIds().stream())
                .distinct()
                .mapToLong(Long::longValue)
                .toArray();
        if (ids.length == 0) {
            return Map.of();
        }
        ContactQuery query = ContactQuery.all().id(ids).limitRows(ids.length);
        return operations(host).contacts().find(query).stream()
                .collect(Collectors.toMap(
                        Contact::getId, (contact) -> Objects.requireNonNullElse(contact.getName(), ""), (a, b) -> a));
    }

    private static void setWorkValue(Contact contact, List<CustomFieldDefinition> fields, String code, String value) {
        if (!hasText(value)) {
            return;
        }
        fields.stream()
                .filter((field) -> code.equalsIgnoreCase(field.getCode()))
                .findFirst()
                .ifPresent((field) ->
                        contact.setCustomFieldValues(field.getId(), CustomFieldValue.withEnum(value.strip(), "WORK")));
    }

    private static User user(AccountUser user) {
        String name = (user.getLastName() != null && !user.getLastName().isBlank())
                ? user.getName() + " " + user.getLastName()
                : user.getName();
        return new User(
                user.getId(),
                Objects.requireNonNullElse(name, ""),
                Objects.requireNonNullElse(user.getLogin(), ""),
                Boolean.TRUE.equals(user.getAdmin()));
    }

    private static Pipeline pipeline(io.github.amocrmspring.model.Pipeline pipeline) {
        List<Stage> stages = pipeline.getStatuses().stream()
                .sorted(Comparator.comparing(PipelineStatus::getSort, Comparator.nullsLast(Comparator.naturalOrder())))
                .map((status) -> new Stage(status.getId(), status.getName()))
                .toList();
        return new Pipeline(pipeline.getId(), pipeline.getName(), pipeline.isMain(), stages);
    }

    private static String format(Instant instant) {
        return (instant != null) ? DAY_AND_MINUTE.format(instant) : "";
    }

    private static String describe(StoredTokens tokens) {
        return switch (tokens.kind()) {
            case OAUTH -> "OAuth 2.0 access and refresh token";
            case LONG_LIVED_TOKEN -> "long-lived token";
            case API_KEY -> "API key session";
        };
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
