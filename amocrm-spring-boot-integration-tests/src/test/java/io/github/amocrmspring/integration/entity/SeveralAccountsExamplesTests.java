package io.github.amocrmspring.integration.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amocrmspring.client.AmoOperations;
import io.github.amocrmspring.entity.CompanyQuery;
import io.github.amocrmspring.model.Company;
import io.github.amocrmspring.test.server.EntityType;
import io.github.amocrmspring.test.server.FakeAccount;
import io.github.amocrmspring.test.server.RecordedRequest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README's "several subdomains" example: the same operations on two accounts of one application. */
class SeveralAccountsExamplesTests extends FakeAmoTests {

    private static final String OTHER_HOST = "other.amocrm.ru";

    @Test
    void shouldReadAndSaveCompaniesOfEachAccount() {
        FakeAccount other = otherAccount();
        long acmeCompany = account().addCompany("OOO Acme company");
        long otherCompany = other.addCompany("OOO Other company");
        AmoOperations second = this.amo.forAccount(OTHER_HOST);

        List<Company> acmeCompanies = this.amo
                .companies()
                .find(CompanyQuery.all().responsibleUser(account().adminUserId()));
        List<Company> otherCompanies;
        try (Stream<Company> stream =
                second.companies().stream(CompanyQuery.all().query("OOO"))) {
            otherCompanies = stream.toList();
        }

        assertThat(acmeCompanies)
                .extracting(Company::getId)
                .contains(acmeCompany)
                .doesNotContain(otherCompany);
        assertThat(otherCompanies).extracting(Company::getId).containsExactly(otherCompany);

        Company created = new Company("ООО Абракадабра");
        Company renamed = second.companies().findById(otherCompany).orElseThrow();
        renamed.setName("OOO Розенталь");
        second.companies().saveAll(List.of(created, renamed)).orThrow();

        List<RecordedRequest> posts = requests("POST", "/api/v2/companies");
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0).host()).isEqualTo(OTHER_HOST);
        assertThat(other.entity(EntityType.COMPANY, otherCompany).get("name").asString())
                .isEqualTo("OOO Розенталь");
        assertThat(other.entity(EntityType.COMPANY, created.getId()).get("name").asString())
                .isEqualTo("ООО Абракадабра");
        assertThat(account().entity(EntityType.COMPANY, acmeCompany).get("name").asString())
                .isEqualTo("OOO Acme company");
    }

    /** Add a second account to the fake and authorize it the way a public integration's callback would. */
    private FakeAccount otherAccount() {
        FakeAccount other = this.server.accounts().stream()
                .filter(account -> account.host().equals(OTHER_HOST))
                .findFirst()
                .orElseGet(() -> this.server.addAccount(OTHER_HOST));
        String clientId = this.server.integrations().get(0).clientId();
        this.amo.authorize(OTHER_HOST, this.server.issueAuthorizationCode(OTHER_HOST, clientId));
        this.server.journal().clear();
        return other;
    }
}
