package io.github.amocrmspring.docs.cookbook;

import io.github.amocrmspring.client.AccountDomain;
import io.github.amocrmspring.client.AccountPart;
import io.github.amocrmspring.client.AmoOperations;
import io.github.amocrmspring.client.AmoRequest;
import io.github.amocrmspring.client.AmoResponse;
import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.entity.CompanyQuery;
import io.github.amocrmspring.model.Account;
import io.github.amocrmspring.model.Company;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/** The examples of the cookbook about accounts, raw requests and several accounts. */
final class AccountExamples {

    private static final Logger log = LoggerFactory.getLogger(AccountExamples.class);

    private AccountExamples() {}

    static Account accountInfo(AmoTemplate amo) {
        // tag::account-info[]
        Account account = amo.account(AccountPart.USERS, AccountPart.GROUPS, AccountPart.PIPELINES);
        log.info(
                "Account {} ({}), {} users",
                account.getName(),
                account.getSubdomain(),
                account.getUsers().size());

        AccountDomain domain = amo.accountDomain(); // where the account lives now
        // end::account-info[]
        log.info("{}", domain);
        return account;
    }

    static AmoResponse rawRequests(AmoTemplate amo, long leadId) {
        // tag::raw-requests[]
        // GET with nested parameters: filter[date_create][from]=...
        long weekAgo = Instant.now().minus(7, ChronoUnit.DAYS).getEpochSecond();
        AmoResponse leads = amo.get("/api/v2/leads", Map.of("filter", Map.of("date_create", Map.of("from", weekAgo))));
        List<JsonNode> items = leads.items(); // _embedded.items; empty on 204

        // POST with a JSON body
        AmoResponse updated = amo.post(
                "/api/v2/leads",
                Map.of(
                        "update",
                        List.of(Map.of("id", leadId, "updated_at", Instant.now().getEpochSecond(), "sale", 500))));

        // Any request, with headers of your own
        AmoResponse response = amo.exchange(AmoRequest.get("/api/v2/leads")
                .withParam("limit_rows", 10)
                .withIfModifiedSince(Instant.now().minus(1, ChronoUnit.HOURS)));
        log.info(
                "Status {}, {} leads, server {}",
                response.status(),
                response.items().size(),
                response.headers().getFirst("Server"));
        // end::raw-requests[]
        log.info("{} {}", items.size(), updated.status());
        return response;
    }

    static List<Company> severalAccounts(AmoTemplate amo, long responsibleUserId, long companyId) {
        // tag::several-accounts[]
        AmoOperations first = amo.forAccount("first"); // a name under amocrm.accounts, a subdomain or a host
        AmoOperations second = amo.forAccount("second.amocrm.ru");

        List<Company> ofFirst = first.companies().find(CompanyQuery.all().responsibleUser(responsibleUserId));
        try (Stream<Company> ofSecond =
                second.companies().stream(CompanyQuery.all().query("OOO"))) {
            ofSecond.forEach(company -> log.info("Second account: {}", company.getName()));
        }

        Company created = new Company("ООО Абракадабра");
        Company renamed = first.companies().findById(companyId).orElseThrow();
        renamed.setName("OOO Розенталь");
        first.companies().saveAll(List.of(created, renamed)).orThrow();
        // end::several-accounts[]
        log.info("{} companies in the first account", ofFirst.size());
        return List.of(created, renamed);
    }
}
