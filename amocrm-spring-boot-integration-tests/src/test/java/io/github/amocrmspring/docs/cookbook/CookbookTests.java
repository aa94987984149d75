package io.github.amocrmspring.docs.cookbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.entity.BatchResult;
import io.github.amocrmspring.entity.IncomingLeadAcceptance;
import io.github.amocrmspring.model.Account;
import io.github.amocrmspring.model.Catalog;
import io.github.amocrmspring.model.CatalogElement;
import io.github.amocrmspring.model.Company;
import io.github.amocrmspring.model.Contact;
import io.github.amocrmspring.model.Lead;
import io.github.amocrmspring.model.Note;
import io.github.amocrmspring.model.Task;
import io.github.amocrmspring.model.Webhook;
import io.github.amocrmspring.storage.TokenStorage;
import io.github.amocrmspring.test.AutoConfigureAmoFakeServer;
import io.github.amocrmspring.test.server.AmoFakeServer;
import io.github.amocrmspring.test.server.EntityType;
import io.github.amocrmspring.test.server.FakeAccount;
import io.github.amocrmspring.test.server.RecordedRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/** Runs the examples of the cookbook against the fake amoCRM server and checks what reached it. */
@SpringBootTest(classes = CookbookTests.Application.class)
@AutoConfigureAmoFakeServer(accountName = "first", accountHost = "first.amocrm.ru")
class CookbookTests {

    private static final int TEXT = 1;

    private static final int NUMERIC = 2;

    private static final int MULTISELECT = 5;

    private static final int SMART_ADDRESS = 13;

    @Autowired
    private AmoTemplate amo;

    @Autowired
    private AmoFakeServer server;

    @Autowired
    private TokenStorage tokenStorage;

    @Value("${amocrm.oauth.client-id}")
    private String clientId;

    @Test
    void contactExamplesWork() {
        FakeAccount account = this.server.defaultAccount();
        long position = account.customFieldId(EntityType.CONTACT, "POSITION");
        long phone = account.customFieldId(EntityType.CONTACT, "PHONE");
        long email = account.customFieldId(EntityType.CONTACT, "EMAIL");
        long user = account.adminUserId();
        long firstLead = account.addLead("Первая");
        long secondLead = account.addLead("Вторая");

        Contact created = ContactExamples.create(this.amo, user, position, phone, email);
        JsonNode stored = account.entity(EntityType.CONTACT, created.getId());
        assertThat(stored.path("name").asString()).isEqualTo("Ганс-Дитрих Геншер");
        assertThat(stored.path("responsible_user_id").asLong()).isEqualTo(user);

        Contact other = ContactExamples.updateById(this.amo, account.addContact("Пальме"));
        assertThat(account.entity(EntityType.CONTACT, other.getId())
                        .path("name")
                        .asString())
                .isEqualTo("Улоф Йоаким Пальме");
        assertThat(ContactExamples.saveAll(this.amo, created, other).saved()).containsExactly(created, other);

        Contact read = ContactExamples.readFields(this.amo, created.getId(), phone, email);
        assertThat(read.getPhone()).contains("+79451112233");
        assertThat(read.getEmail()).contains("hans@example.com");

        Contact linked = ContactExamples.linksAndTags(this.amo, created.getId(), firstLead, secondLead);
        assertThat(linked.getLeadIds()).contains(firstLead, secondLead);
        assertThat(linked.getTagNames()).contains("сотрудник", "стажер");

        List<Contact> ofUser = ContactExamples.linkLeadToMany(this.amo, user, firstLead);
        assertThat(ofUser)
                .isNotEmpty()
                .allSatisfy(contact -> assertThat(contact.getLeadIds()).contains(firstLead));
        assertThat(ContactExamples.read(this.amo)).isEmpty();
    }

    @Test
    void companyExamplesWork() {
        FakeAccount account = this.server.defaultAccount();
        long address = account.addCustomField(EntityType.COMPANY, "Юридический адрес", SMART_ADDRESS);
        long phone = account.customFieldId(EntityType.COMPANY, "PHONE");
        long email = account.customFieldId(EntityType.COMPANY, "EMAIL");
        long user = account.adminUserId();
        long contact = account.addContact("Контакт компании");
        long lead = account.addLead("Сделка компании");

        Company created = CompanyExamples.create(this.amo, user, address, phone, email, contact, lead);
        assertThat(account.entity(EntityType.COMPANY, created.getId())
                        .path("name")
                        .asString())
                .isEqualTo("ООО МММ");

        long existing = account.addCompany("Рога");
        CompanyExamples.updateById(this.amo, existing, user);
        assertThat(account.entity(EntityType.COMPANY, existing).path("name").asString())
                .isEqualTo("ООО Рога и Копыта");

        Company read = CompanyExamples.readFields(this.amo, created.getId(), address, phone);
        assertThat(read.getCustomFieldValue(address)).contains("Город Москва");
        assertThat(read.getCustomFieldSubtype(address)).isPresent();
        assertThat(read.getContactIds()).contains(contact);

        assertThat(CompanyExamples.linkLeadToMany(this.amo, user, lead)).isNotEmpty();
        assertThat(CompanyExamples.read(this.amo, user)).isEmpty();
    }

    @Test
    void leadExamplesWork() {
        FakeAccount account = this.server.defaultAccount();
        long user = account.adminUserId();
        long text = account.addCustomField(EntityType.LEAD, "Форма собственности", TEXT);
        long multiselect =
                account.addCustomField(EntityType.LEAD, "Услуги", MULTISELECT, "Доставка", "Сборка", "Монтаж");
        long[] enums = {
            account.enumId(multiselect, "Доставка"),
            account.enumId(multiselect, "Сборка"),
            account.enumId(multiselect, "Монтаж")
        };
        long contact = account.addContact("Покупатель");
        long company = account.addCompany("Компания покупателя");
        long catalog = account.addCatalog("Товары");
        long[] elements = {
            CatalogElementExamples.create(
                            this.amo,
                            catalog,
                            account.addCatalogField(catalog, "Артикул", TEXT),
                            account.addCatalogField(catalog, "Цена", NUMERIC))
                    .getId(),
            this.amo
                    .catalogElements()
                    .save(new CatalogElement(catalog, "Ластик"))
                    .getId()
        };

        Lead created = LeadExamples.create(
                this.amo,
                user,
                account.mainPipelineId(),
                text,
                multiselect,
                enums,
                contact,
                company,
                catalog,
                elements);
        JsonNode stored = account.entity(EntityType.LEAD, created.getId());
        assertThat(stored.path("sale").asLong()).isEqualTo(15000);
        assertThat(stored.path("status_id").asLong()).isEqualTo(142);

        long existing = account.addLead("Заказ");
        BatchResult<Lead> result = LeadExamples.updateAndSaveAll(this.amo, new Lead("Ещё заказ"), existing);
        assertThat(result.failures()).isEmpty();
        assertThat(account.entity(EntityType.LEAD, existing).path("sale").asLong())
                .isEqualTo(175000);

        Lead unlinked = LeadExamples.unlinkAndReadFields(this.amo, created.getId(), contact, company, text);
        assertThat(unlinked.getContactIds()).doesNotContain(contact);
        assertThat(unlinked.getCompanyId()).isNull();
        assertThat(unlinked.getCustomFieldValue(text)).contains("Акционерное общество");

        assertThat(LeadExamples.linkCompanyToMany(this.amo, user, company)).isNotEmpty();
        assertThat(LeadExamples.read(this.amo, user)).isEmpty();
    }

    @Test
    void noteAndTaskExamplesWork() {
        FakeAccount account = this.server.defaultAccount();
        long lead = account.addLead("Сделка с примечаниями");
        long contact = account.addContact("Контакт с задачами");

        Note note = NoteExamples.create(this.amo, lead);
        Note other = NoteExamples.create(this.amo, lead);
        List<Note> notes = NoteExamples.update(this.amo, note.getId(), other.getId());
        assertThat(notes).extracting(Note::getText).containsExactly("Новый текст события");
        assertThat(account.entity(EntityType.NOTE, note.getId()).path("text").asString())
                .isEqualTo("Обновленный текст события");
        assertThat(NoteExamples.read(this.amo)).isEmpty();

        Task task = TaskExamples.create(this.amo, contact);
        Task otherTask = TaskExamples.create(this.amo, contact);
        List<Task> tasks = TaskExamples.update(this.amo, task.getId(), lead, otherTask.getId());
        assertThat(tasks).hasSize(2);
        assertThat(account.entity(EntityType.TASK, task.getId())
                        .path("element_id")
                        .asLong())
                .isEqualTo(lead);
        assertThat(TaskExamples.read(this.amo, account.adminUserId())).isEmpty();
    }

    @Test
    void catalogExamplesWork() {
        FakeAccount account = this.server.defaultAccount();
        long catalog = account.addCatalog("Склад");
        long otherCatalog = account.addCatalog("Архив");

        List<Catalog> catalogs = CatalogExamples.readAndSave(this.amo, catalog, otherCatalog);
        assertThat(catalogs.get(0).getId()).isNotNull();
        assertThat(this.amo.catalogs().findAll()).extracting(Catalog::getId).doesNotContain(catalog, otherCatalog);

        long elementsCatalog = account.addCatalog("Канцелярия");
        long sku = account.addCatalogField(elementsCatalog, "Артикул", TEXT);
        long price = account.addCatalogField(elementsCatalog, "Цена", NUMERIC);
        CatalogElement element = CatalogElementExamples.create(this.amo, elementsCatalog, sku, price);
        CatalogElement other = CatalogElementExamples.create(this.amo, elementsCatalog, sku, price);
        CatalogElementExamples.updateAndDelete(this.amo, elementsCatalog, element.getId(), other.getId());
        assertThat(CatalogElementExamples.read(this.amo, elementsCatalog)).isEmpty();
    }

    @Test
    void webhookExamplesWork() {
        List<Webhook> left = WebhookExamples.subscribeAndUnsubscribe(this.amo);
        assertThat(left).extracting(Webhook::getUrl).doesNotContain("https://example.com/webhook/");
        assertThat(this.server.journal().count("POST", "/api/v2/webhooks/subscribe"))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void incomingLeadExamplesWork() {
        FakeAccount account = this.server.defaultAccount();
        long phone = account.customFieldId(EntityType.CONTACT, "PHONE");
        long email = account.customFieldId(EntityType.CONTACT, "EMAIL");

        String fromForm = IncomingLeadExamples.addFromForm(this.amo, phone, email);
        String fromCall = IncomingLeadExamples.addFromCall(this.amo);
        assertThat(IncomingLeadExamples.read(this.amo, fromForm).getUid()).isEqualTo(fromForm);

        Map<String, IncomingLeadAcceptance> accepted =
                IncomingLeadExamples.accept(this.amo, List.of(fromForm), account.adminUserId());
        assertThat(accepted.get(fromForm).leadIds()).hasSize(1);
        assertThat(IncomingLeadExamples.decline(this.amo, fromCall, account.adminUserId()))
                .containsKey(fromCall);
    }

    @Test
    void ajaxExampleWorks() {
        this.server.defaultAccount().addContact("Звонок от 79521111111");
        JsonNode body = AjaxExamples.contactsList(this.amo);
        assertThat(body.path("response").path("items").isArray()).isTrue();
        RecordedRequest request = this.server.journal().last("POST", "/ajax/contacts/list");
        assertThat(request.header("X-Requested-With")).isEqualTo("XMLHttpRequest");
    }

    @Test
    void accountExamplesWork() {
        Account account = AccountExamples.accountInfo(this.amo);
        assertThat(account.getSubdomain()).isEqualTo("first");
        long lead = this.server.defaultAccount().addLead("Сделка");
        assertThat(AccountExamples.rawRequests(this.amo, lead).status()).isIn(200, 204);
    }

    @Test
    void authorizationAndSeveralAccountExamplesWork() {
        String second = "second.amocrm.ru";
        this.server.addAccount(second);
        assertThat(AuthorizationExamples.isAuthorized(this.amo, this.tokenStorage, "second"))
                .isFalse();

        String code = this.server.issueAuthorizationCode(second, this.clientId);
        assertThat(AuthorizationExamples.firstAuthorization(this.amo, second, code)
                        .getSubdomain())
                .isEqualTo("second");
        assertThat(AuthorizationExamples.isAuthorized(this.amo, this.tokenStorage, "second"))
                .isTrue();
        assertThat(AuthorizationExamples.laterRequests(this.amo, "second").getSubdomain())
                .isEqualTo("second");

        long company = this.server.defaultAccount().addCompany("Розенталь");
        List<Company> saved = AccountExamples.severalAccounts(
                this.amo, this.server.defaultAccount().adminUserId(), company);
        assertThat(saved).allSatisfy(each -> assertThat(each.getId()).isNotNull());
        assertThat(this.server
                        .defaultAccount()
                        .entity(EntityType.COMPANY, company)
                        .path("name")
                        .asString())
                .isEqualTo("OOO Розенталь");
    }

    @Test
    void oauthControllerChecksTheStateBeforeAuthorizing() {
        String third = "third.amocrm.ru";
        this.server.addAccount(third);
        AuthorizationExamples.AmoConnectController controller =
                new AuthorizationExamples.AmoConnectController(this.amo, this.clientId);

        URI authorizationPage = controller.connect().getHeaders().getLocation();
        String state = UriComponentsBuilder.fromUri(authorizationPage)
                .build()
                .getQueryParams()
                .getFirst("state");
        String code = this.server.issueAuthorizationCode(third, this.clientId);

        ResponseEntity<String> forged = controller.callback(code, "forged", third, this.clientId);
        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(this.tokenStorage.hasTokens(third)).isFalse();

        ResponseEntity<String> genuine = controller.callback(code, state, third, this.clientId);
        assertThat(genuine.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(this.tokenStorage.hasTokens(third)).isTrue();

        ResponseEntity<String> replayed = controller.callback(code, state, third, this.clientId);
        assertThat(replayed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void errorExamplesWork() {
        FakeAccount account = this.server.defaultAccount();
        long lead = account.addLead("Сделка для ошибок");
        assertThat(ErrorExamples.updateSale(this.amo, lead)).isEqualTo("saved");
        assertThat(ErrorExamples.updateSale(this.amo, 999_999_999L)).isNotEqualTo("saved");

        Lead valid = new Lead("Верная");
        Lead invalid = new Lead("Неверная");
        invalid.setPipelineId(999_999_999L);
        BatchResult<Lead> result = ErrorExamples.batchFailures(this.amo, List.of(valid, invalid));
        assertThat(result.saved()).containsExactly(valid);
        assertThat(result.failures())
                .singleElement()
                .satisfies(failure -> assertThat(failure.index()).isEqualTo(1));
    }

    @Test
    void readmeServiceWorks() {
        LeadReport report = new LeadReport(this.amo);
        Lead lead = report.createLead("Заказ с сайта", 1200);
        assertThat(this.server
                        .defaultAccount()
                        .entity(EntityType.LEAD, lead.getId())
                        .path("sale")
                        .asLong())
                .isEqualTo(1200);
        assertThat(report.countOpenLeads()).isPositive();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Application {}
}
