package io.github.amocrmspring.test.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Contract tests of add and update batches, links, tags and custom fields. */
class FakeEntitySaveTests extends FakeServerTestBase {

    @Test
    void shouldAddItemsInRequestOrderEchoingRequestIds() {
        JsonNode body = save("leads", "{\"add\":[{\"name\":\"Первая\",\"request_id\":\"a\"},{\"name\":\"Вторая\"}]}");

        JsonNode items = body.at("/_embedded/items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).path("request_id").asString()).isEqualTo("a");
        assertThat(items.get(1).path("request_id").asInt()).isEqualTo(1);
        assertThat(items.get(0).path("id").asLong())
                .isLessThan(items.get(1).path("id").asLong());
        assertThat(items.get(0).at("/_links/self/href").asString())
                .isEqualTo("/api/v2/leads?id=" + items.get(0).path("id").asLong());
        assertThat(body.at("/_links/self/method").asString()).isEqualTo("post");
        assertThat(body.at("/_embedded/errors").isMissingNode()).isTrue();
    }

    @Test
    void shouldListAdditionsBeforeUpdates() {
        long id = this.account.addLead("Старое имя");
        long updatedAt =
                this.account.entity(EntityType.LEAD, id).path("updated_at").asLong();

        JsonNode items = save(
                        "leads",
                        "{\"update\":[{\"id\":" + id + ",\"updated_at\":" + updatedAt
                                + ",\"name\":\"Новое\"}],\"add\":[{\"name\":\"Добавленная\"}]}")
                .at("/_embedded/items");

        assertThat(items.get(0).path("id").asLong()).isNotEqualTo(id);
        assertThat(items.get(1).path("id").asLong()).isEqualTo(id);
    }

    @Test
    void shouldReportAnOlderUpdatedAtAsAPerItemErrorWithStatus200() {
        long id = this.account.addLead("Сделка");
        this.account.setUpdatedAt(EntityType.LEAD, id, 2_000_000_000L);

        HttpResponse<String> response = this.http.postJson(
                HOST, "/api/v2/leads", "{\"update\":[{\"id\":" + id + ",\"updated_at\":1999999999,\"name\":\"x\"}]}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode embedded = FakeHttp.json(response).path("_embedded");
        assertThat(embedded.path("items")).isEmpty();
        assertThat(embedded.at("/errors/update/" + id).asString())
                .isEqualTo("Last modified date is older than in database");
        assertThat(this.account.entity(EntityType.LEAD, id).path("name").asString())
                .isEqualTo("Сделка");
    }

    @Test
    void shouldAcceptAnEqualUpdatedAtAndStoreTheGivenValue() {
        long id = this.account.addLead("Сделка");
        long stored =
                this.account.entity(EntityType.LEAD, id).path("updated_at").asLong();

        save("leads", "{\"update\":[{\"id\":" + id + ",\"updated_at\":" + stored + ",\"name\":\"Равная\"}]}");
        save(
                "leads",
                "{\"update\":[{\"id\":\"" + id + "\",\"updated_at\":\"" + (stored + 100) + "\",\"sale\":\"5000\"}]}");

        JsonNode lead = this.account.entity(EntityType.LEAD, id);
        assertThat(lead.path("name").asString()).isEqualTo("Равная");
        assertThat(lead.path("updated_at").asLong()).isEqualTo(stored + 100);
        assertThat(lead.path("sale").asLong()).isEqualTo(5000);
    }

    @Test
    void shouldRequireIdAndUpdatedAtOnUpdate() {
        long id = this.account.addContact("Контакт");

        JsonNode errors = save("contacts", "{\"update\":[{\"id\":" + id + ",\"name\":\"x\"}]}")
                .at("/_embedded/errors/update");

        assertThat(errors.path(String.valueOf(id)).path("code").asInt()).isEqualTo(209);
    }

    @Test
    void shouldReportAnUnknownIdAsAPerItemError() {
        JsonNode errors =
                save("leads", "{\"update\":[{\"id\":1,\"updated_at\":1}]}").at("/_embedded/errors/update");

        assertThat(errors.path("1").isString()).isTrue();
    }

    @Test
    void shouldKeepSuccessfulItemsNextToFailedOnes() {
        JsonNode embedded = save("contacts", "{\"add\":[{\"name\":\"Хороший\"},{\"responsible_user_id\":1}]}")
                .path("_embedded");

        assertThat(embedded.path("items")).hasSize(1);
        assertThat(embedded.at("/errors/add/1/code").asInt()).isEqualTo(205);
    }

    @Test
    void shouldRejectMoreThan500ItemsWith400() {
        HttpResponse<String> response = this.http.postJson(HOST, "/api/v2/leads", Map.of("add", names(501)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(this.account.count(EntityType.LEAD)).isZero();
    }

    @Test
    void shouldAccept500Items() {
        JsonNode items = save("leads", FakeHttp.JSON.writeValueAsString(Map.of("add", names(500))))
                .at("/_embedded/items");

        assertThat(items).hasSize(500);
    }

    @Test
    void shouldRejectMoreThan500ItemsWith504WhenConfigured() {
        try (AmoFakeServer slow = AmoFakeServer.builder()
                .requestsPerSecond(0)
                .oversizedBatchStatus(504)
                .build()
                .start()) {
            FakeHttp client = new FakeHttp(slow).bearer(slow.issueLongLivedToken(HOST));

            assertThat(client.postJson(HOST, "/api/v2/leads", Map.of("add", names(501)))
                            .statusCode())
                    .isEqualTo(504);
        }
    }

    @Test
    void shouldAnswer400WithTheDocumentedCodeToAnEmptyAddArray() {
        HttpResponse<String> leads = this.http.postJson(HOST, "/api/v2/leads", "{\"add\":[]}");
        HttpResponse<String> contacts = this.http.postJson(HOST, "/api/v2/contacts", "{\"add\":[]}");
        HttpResponse<String> empty = this.http.postJson(HOST, "/api/v2/contacts", "[]");

        assertThat(leads.statusCode()).isEqualTo(400);
        assertThat(FakeHttp.json(leads).at("/response/error_code").asString()).isEqualTo("213");
        assertThat(FakeHttp.json(contacts).at("/response/error_code").asString())
                .isEqualTo("201");
        assertThat(FakeHttp.json(empty).at("/response/error_code").asString()).isEqualTo("206");
    }

    @Test
    void shouldAcceptAFormEncodedBatch() {
        HttpResponse<String> response = this.http.postForm(
                HOST, "/api/v2/leads", "add%5B0%5D%5Bname%5D=%D0%A4%D0%BE%D1%80%D0%BC%D0%B0&add%5B0%5D%5Bsale%5D=700");

        long id = FakeHttp.json(response).at("/_embedded/items/0/id").asLong();
        assertThat(this.account.entity(EntityType.LEAD, id).path("name").asString())
                .isEqualTo("Форма");
        assertThat(this.account.entity(EntityType.LEAD, id).path("sale").asLong())
                .isEqualTo(700);
    }

    @Test
    void shouldLinkContactsToALeadSymmetrically() {
        long contact = this.account.addContact("Иван");
        long lead = addedId(save("leads", "{\"add\":[{\"name\":\"Сделка\",\"contacts_id\":[\"" + contact + "\"]}]}"));

        assertThat(this.account
                        .entity(EntityType.LEAD, lead)
                        .at("/contacts/id/0")
                        .asLong())
                .isEqualTo(contact);
        assertThat(this.account
                        .entity(EntityType.LEAD, lead)
                        .at("/main_contact/id")
                        .asLong())
                .isEqualTo(contact);
        assertThat(this.account
                        .entity(EntityType.CONTACT, contact)
                        .at("/leads/id/0")
                        .asLong())
                .isEqualTo(lead);
    }

    @Test
    void shouldAddLinksOnUpdateAndRemoveThemWithUnlink() {
        long lead = this.account.addLead("Сделка");
        long first = this.account.addContact("Первый");
        long second = this.account.addContact("Второй");
        this.account.link(EntityType.LEAD, lead, EntityType.CONTACT, first);

        update("leads", lead, "\"contacts_id\":[" + second + "]");
        assertThat(linkedIds(EntityType.LEAD, lead, "contacts")).containsExactly(first, second);

        update("leads", lead, "\"unlink\":{\"contacts_id\":[" + first + "]}");
        assertThat(linkedIds(EntityType.LEAD, lead, "contacts")).containsExactly(second);
        assertThat(this.account.entity(EntityType.CONTACT, first).path("leads").isEmpty())
                .isTrue();
    }

    @Test
    void shouldGiveAContactAtMostOneCompany() {
        long contact = this.account.addContact("Контакт");
        long first = this.account.addCompany("Ромашка");
        long second = this.account.addCompany("Вектор");

        update("contacts", contact, "\"company_id\":" + first);
        update("contacts", contact, "\"company_id\":" + second);

        assertThat(this.account
                        .entity(EntityType.CONTACT, contact)
                        .at("/company/id")
                        .asLong())
                .isEqualTo(second);
        assertThat(this.account
                        .entity(EntityType.CONTACT, contact)
                        .at("/company/name")
                        .asString())
                .isEqualTo("Вектор");
        assertThat(this.account
                        .entity(EntityType.COMPANY, first)
                        .path("contacts")
                        .isEmpty())
                .isTrue();
    }

    @Test
    void shouldRefuseMoreThan40ContactsOnALead() {
        List<Long> contacts = this.account.seedContacts(41);

        JsonNode body = save(
                "leads",
                FakeHttp.JSON.writeValueAsString(
                        Map.of("add", List.of(Map.of("name", "Сделка", "contacts_id", contacts)))));

        assertThat(body.at("/_embedded/errors/add/0/code").asInt()).isEqualTo(330);
    }

    @Test
    void shouldAcceptTagsAsACommaSeparatedStringAnArrayOfNamesOrAnArrayOfIds() {
        long lead = addedId(save("leads", "{\"add\":[{\"name\":\"Сделка\",\"tags\":\"важный, доставка\"}]}"));
        JsonNode tags = this.account.entity(EntityType.LEAD, lead).path("tags");
        assertThat(tags).hasSize(2);
        assertThat(tags.get(0).path("name").asString()).isEqualTo("важный");
        long tagId = tags.get(1).path("id").asLong();

        update("leads", lead, "\"tags\":[" + tagId + "]");
        assertThat(this.account.entity(EntityType.LEAD, lead).at("/tags/0/name").asString())
                .isEqualTo("доставка");

        update("leads", lead, "\"tags\":[\"опт\",\"розница\"]");
        assertThat(this.account.entity(EntityType.LEAD, lead).path("tags")).hasSize(2);

        update("leads", lead, "\"tags\":[]");
        assertThat(this.account.entity(EntityType.LEAD, lead).path("tags")).isEmpty();
    }

    @Test
    void shouldStoreSystemCustomFieldsByEnumCodeAndReadThemWithEnumIdAndCode() {
        long phone = this.account.customFieldId(EntityType.CONTACT, "PHONE");
        long mobile = this.account.enumId(phone, "MOB");

        long contact = addedId(save(
                "contacts",
                "{\"add\":[{\"name\":\"Иван\",\"custom_fields\":[{\"id\":\"" + phone
                        + "\",\"values\":[{\"value\":\"+79990001122\",\"enum\":\"MOB\"}]}]}]}"));

        JsonNode field = this.account.entity(EntityType.CONTACT, contact).at("/custom_fields/0");
        assertThat(field.path("id").asLong()).isEqualTo(phone);
        assertThat(field.path("code").asString()).isEqualTo("PHONE");
        assertThat(field.path("is_system").asBoolean()).isTrue();
        assertThat(field.at("/values/0/value").asString()).isEqualTo("+79990001122");
        assertThat(field.at("/values/0/enum").isString()).isTrue();
        assertThat(field.at("/values/0/enum").asString()).isEqualTo(String.valueOf(mobile));
    }

    @Test
    void shouldStoreSelectFieldsByEnumIdAndAddressPartsBySubtype() {
        long select = this.account.addCustomField(EntityType.LEAD, "Источник", 4, "Сайт", "Звонок");
        long call = this.account.enumId(select, "Звонок");
        long address = this.account.addCustomField(EntityType.LEAD, "Адрес", 13);

        long lead = addedId(
                save(
                        "leads",
                        "{\"add\":[{\"name\":\"Сделка\",\"custom_fields\":[{\"id\":" + select
                                + ",\"values\":[{\"value\":" + call + "}]},{\"id\":" + address
                                + ",\"values\":[{\"value\":\"Москва\",\"subtype\":\"city\"},{\"value\":\"101000\",\"subtype\":\"zip\"}]}]}]}"));

        JsonNode fields = this.account.entity(EntityType.LEAD, lead).path("custom_fields");
        assertThat(fields.at("/0/values/0/value").asString()).isEqualTo("Звонок");
        assertThat(fields.at("/0/values/0/enum").asString()).isEqualTo(String.valueOf(call));
        assertThat(fields.at("/1/values/0/subtype").asString()).isEqualTo("3");
        assertThat(fields.at("/1/values/1/subtype").asString()).isEqualTo("5");
    }

    @Test
    void shouldRejectAnUnknownCustomField() {
        JsonNode body = save(
                "leads",
                "{\"add\":[{\"name\":\"Сделка\",\"custom_fields\":[{\"id\":1,\"values\":[{\"value\":\"x\"}]}]}]}");

        assertThat(body.at("/_embedded/errors/add/0/code").asInt()).isEqualTo(240);
    }

    @Test
    void shouldClearACustomFieldSentWithNoValues() {
        long position = this.account.customFieldId(EntityType.CONTACT, "POSITION");
        long contact = addedId(save(
                "contacts",
                "{\"add\":[{\"name\":\"Иван\",\"custom_fields\":[{\"id\":" + position
                        + ",\"values\":[{\"value\":\"Директор\"}]}]}]}"));

        update("contacts", contact, "\"custom_fields\":[{\"id\":" + position + ",\"values\":[]}]");

        assertThat(this.account.entity(EntityType.CONTACT, contact).path("custom_fields"))
                .isEmpty();
    }

    @Test
    void shouldMoveALeadToThePipelineOfItsNewStage() {
        long pipeline = this.account.addPipeline("Партнёры", "Заявка", "Договор");
        long stage = this.account.stageIds(pipeline).get(2);
        long lead = this.account.addLead("Сделка");

        update("leads", lead, "\"status_id\":" + stage);

        JsonNode stored = this.account.entity(EntityType.LEAD, lead);
        assertThat(stored.path("pipeline_id").asLong()).isEqualTo(pipeline);
        assertThat(stored.path("status_id").asLong()).isEqualTo(stage);
    }

    @Test
    void shouldSetClosedAtWhenALeadIsWon() {
        long lead = this.account.addLead("Сделка");

        update("leads", lead, "\"status_id\":142");

        assertThat(this.account.entity(EntityType.LEAD, lead).path("closed_at").asLong())
                .isEqualTo(this.server.clock().epochSecond());
    }

    @Test
    void shouldSplitAContactNameIntoFirstAndLastName() {
        long contact = addedId(save("contacts", "{\"add\":[{\"name\":\"Иван Петров\"}]}"));

        JsonNode stored = this.account.entity(EntityType.CONTACT, contact);
        assertThat(stored.path("first_name").asString()).isEqualTo("Иван");
        assertThat(stored.path("last_name").asString()).isEqualTo("Петров");
    }

    @Test
    void shouldCreateAndLinkACompanyNamedOnAContact() {
        long contact = addedId(save("contacts", "{\"add\":[{\"name\":\"Иван\",\"company_name\":\"ООО Ромашка\"}]}"));

        JsonNode company = this.account.entity(EntityType.CONTACT, contact).path("company");
        assertThat(company.path("name").asString()).isEqualTo("ООО Ромашка");
        assertThat(this.account
                        .entity(EntityType.COMPANY, company.path("id").asLong())
                        .at("/contacts/id/0")
                        .asLong())
                .isEqualTo(contact);
    }

    @Test
    void shouldShowCatalogElementLinksOfALeadOnlyWhenAskedFor() {
        long catalog = this.account.addCatalog("Товары");
        long lead = addedId(save(
                "leads", "{\"add\":[{\"name\":\"Сделка\",\"catalog_elements_id\":{\"" + catalog + "\":{\"77\":3}}}]}"));

        JsonNode plain =
                FakeHttp.json(this.http.get(HOST, "/api/v2/leads?id=" + lead)).at("/_embedded/items/0");
        JsonNode withLinks = FakeHttp.json(
                        this.http.get(HOST, "/api/v2/leads?id=" + lead + "&with=catalog_elements_links"))
                .at("/_embedded/items/0/_embedded/catalog_elements_links/0");

        assertThat(plain.has("_embedded")).isFalse();
        assertThat(withLinks.path("catalog_id").asLong()).isEqualTo(catalog);
        assertThat(withLinks.path("id").asLong()).isEqualTo(77);
        assertThat(withLinks.path("quantity").asLong()).isEqualTo(3);
    }

    private JsonNode save(String entity, String json) {
        HttpResponse<String> response = this.http.postJson(HOST, "/api/v2/" + entity, json);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return FakeHttp.json(response);
    }

    private void update(String entity, long id, String fields) {
        EntityType type = EntityType.valueOf(entity.equals("leads") ? "LEAD" : "CONTACT");
        long updatedAt = this.account.entity(type, id).path("updated_at").asLong();
        JsonNode body =
                save(entity, "{\"update\":[{\"id\":" + id + ",\"updated_at\":" + updatedAt + "," + fields + "}]}");
        assertThat(body.at("/_embedded/errors").isMissingNode())
                .as(body.toString())
                .isTrue();
    }

    private List<Long> linkedIds(EntityType type, long id, String link) {
        return FakeEntityListTests.ids(
                idObjects(this.account.entity(type, id).path(link).path("id")));
    }

    private static JsonNode idObjects(JsonNode ids) {
        var array = FakeHttp.JSON.createArrayNode();
        ids.forEach((id) -> array.addObject().put("id", id.asLong()));
        return array;
    }

    private static long addedId(JsonNode body) {
        return body.at("/_embedded/items/0/id").asLong();
    }

    private static List<Map<String, String>> names(int count) {
        List<Map<String, String>> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(Map.of("name", "Сделка " + i));
        }
        return names;
    }
}
