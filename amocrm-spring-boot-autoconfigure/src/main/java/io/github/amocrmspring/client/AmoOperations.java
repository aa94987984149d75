package io.github.amocrmspring.client;

import io.github.amocrmspring.entity.CatalogElementOperations;
import io.github.amocrmspring.entity.CatalogOperations;
import io.github.amocrmspring.entity.CompanyOperations;
import io.github.amocrmspring.entity.ContactOperations;
import io.github.amocrmspring.entity.EntityContext;
import io.github.amocrmspring.entity.IncomingLeadOperations;
import io.github.amocrmspring.entity.LeadOperations;
import io.github.amocrmspring.entity.NoteOperations;
import io.github.amocrmspring.entity.PipelineOperations;
import io.github.amocrmspring.entity.TaskOperations;
import io.github.amocrmspring.entity.WebhookOperations;
import io.github.amocrmspring.entity.WidgetOperations;
import io.github.amocrmspring.model.Account;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What can be done with one amoCRM account: raw requests to any path, account information, and (through their
 * accessors) entity operations.
 *
 * <p>{@link AmoTemplate} implements it for the default account, and {@link AmoTemplate#forAccount(String)} returns
 * it for any other. Each operation is built on the account's {@link #client()}.
 */
public interface AmoOperations {

    /** Return the host of the account, for example {@code acme.amocrm.ru}. */
    String accountHost();

    /** Return the account's client, which every operation is built on. */
    AmoAccountClient client();

    /**
     * Send a GET request with (possibly nested) query parameters, for example
     * {@code Map.of("filter", Map.of("date_create", Map.of("from", 1600000000)))}.
     */
    default AmoResponse get(String path, Map<String, ?> params) {
        return exchange(AmoRequest.get(path, params));
    }

    /** Send a GET request without parameters. */
    default AmoResponse get(String path) {
        return get(path, Map.of());
    }

    /** Send a POST request with the given object (a map, a {@link JsonNode} or any bean) as its JSON body. */
    default AmoResponse post(String path, Object body) {
        return exchange(AmoRequest.post(path, body));
    }

    /**
     * Send an AJAX request: a form-encoded POST with {@code X-Requested-With: XMLHttpRequest}, as amoCRM's own web
     * interface sends to its {@code /ajax/...} endpoints.
     */
    default AmoResponse ajax(String path, Map<String, ?> form) {
        return exchange(AmoRequest.ajax(path, form));
    }

    /** Send any request. */
    default AmoResponse exchange(AmoRequest request) {
        return client().exchange(request);
    }

    /**
     * Return the account information ({@code GET /api/v2/account}) with the given optional parts.
     * @param parts the parts to include, for example {@link AccountPart#USERS} and {@link AccountPart#PIPELINES}
     * @return the account as amoCRM describes it
     */
    default Account account(AccountPart... parts) {
        AmoRequest request = AmoRequest.get("/api/v2/account");
        if (parts.length > 0) {
            StringBuilder with = new StringBuilder();
            for (AccountPart part : parts) {
                with.append((with.length() > 0) ? "," : "").append(part.parameter());
            }
            request = request.withParam("with", with.toString());
        }
        return entityContext().getJsonMapper().treeToValue(exchange(request).body(), Account.class);
    }

    /**
     * Return where the account lives, as the shared OAuth host reports it ({@code /oauth2/account/subdomain}); use
     * it to follow an account that changed its subdomain.
     */
    default AccountDomain accountDomain() {
        AmoAccountClient client = client();
        JsonNode body = client.exchange(
                        AmoRequest.get("/oauth2/account/subdomain").withHost(client.getOAuthHost()))
                .body();
        return new AccountDomain(
                body.path("id").asLong(),
                body.path("subdomain").asString(""),
                body.path("domain").asString(""),
                body.path("top_level_domain").asString(""));
    }

    /** Return what the entity operations of every account share: the entity guard and the page prefetching. */
    default EntityContext entityContext() {
        return EntityContext.fallback();
    }

    /** Return the operations on the account's leads. */
    default LeadOperations leads() {
        return new LeadOperations(this, entityContext());
    }

    /** Return the operations on the account's contacts. */
    default ContactOperations contacts() {
        return new ContactOperations(this, entityContext());
    }

    /** Return the operations on the account's companies. */
    default CompanyOperations companies() {
        return new CompanyOperations(this, entityContext());
    }

    /** Return the operations on the account's tasks. */
    default TaskOperations tasks() {
        return new TaskOperations(this, entityContext());
    }

    /** Return the operations on the account's notes. */
    default NoteOperations notes() {
        return new NoteOperations(this, entityContext());
    }

    /** Return the operations on the account's catalogs (lists). */
    default CatalogOperations catalogs() {
        return new CatalogOperations(this, entityContext());
    }

    /** Return the operations on the elements of the account's catalogs. */
    default CatalogElementOperations catalogElements() {
        return new CatalogElementOperations(this, entityContext());
    }

    /** Return the operations on the account's incoming ("unsorted") requests. */
    default IncomingLeadOperations incomingLeads() {
        return new IncomingLeadOperations(this, entityContext());
    }

    /** Return the operations on the account's webhooks. */
    default WebhookOperations webhooks() {
        return new WebhookOperations(this, entityContext());
    }

    /** Return the operations on the account's widgets. */
    default WidgetOperations widgets() {
        return new WidgetOperations(this, entityContext());
    }

    /** Return the operations on the account's pipelines. */
    default PipelineOperations pipelines() {
        return new PipelineOperations(this, entityContext());
    }
}
