package io.github.amocrmspring.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CustomFieldsTests {

    private final JsonMapper mapper = JsonMapper.shared();

    @Test
    void shouldWriteEveryFormAmoCrmAccepts() {
        Contact contact = new Contact("Hans");
        contact.setCustomField(6532343, 41)
                .setCustomFieldValues(123456, CustomFieldValue.withEnum("+79451112233", "WORK"))
                .setCustomFieldValues(
                        123467,
                        CustomFieldValue.withEnum("hans@example.com", "WORK"),
                        CustomFieldValue.withEnum("hans@private.example", 3685089))
                .setCustomFieldValues(
                        4400115,
                        CustomFieldValue.withSubtype("address_line_1", "Lenina 1"),
                        CustomFieldValue.withSubtype("city", "Moscow"))
                .setCustomFieldEnum(644732, 1519210)
                .setCustomFieldEnums(4400116, 3692662, 3692663)
                .setCustomField(691604, Map.of("name", "Acme", "entity_type", 2));

        JsonNode fields = contact.toRequestItem().get("custom_fields");

        assertThat(fields).hasSize(7);
        assertThat(fields.get(0).toString()).isEqualTo("{\"id\":6532343,\"values\":[{\"value\":41}]}");
        assertThat(fields.get(1).toString())
                .isEqualTo("{\"id\":123456,\"values\":[{\"value\":\"+79451112233\",\"enum\":\"WORK\"}]}");
        assertThat(fields.get(2).get("values").get(1).toString())
                .isEqualTo("{\"value\":\"hans@private.example\",\"enum\":3685089}");
        assertThat(fields.get(3).get("values").toString())
                .isEqualTo("[{\"value\":\"Lenina 1\",\"subtype\":\"address_line_1\"},"
                        + "{\"value\":\"Moscow\",\"subtype\":\"city\"}]");
        assertThat(fields.get(4).toString()).isEqualTo("{\"id\":644732,\"values\":[{\"value\":1519210}]}");
        assertThat(fields.get(5).toString()).isEqualTo("{\"id\":4400116,\"values\":[3692662,3692663]}");
        assertThat(fields.get(6)
                        .get("values")
                        .get(0)
                        .get("value")
                        .get("entity_type")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void shouldSendOnlyFieldsChangedOnAnUpdate() {
        Lead lead = this.mapper.readValue("""
                {"id":5,"custom_fields":[{"id":1,"name":"A","values":[{"value":"a"}]},
                                         {"id":2,"name":"B","values":[{"value":"b"}]}]}
                """, Lead.class);

        lead.setCustomField(2, "changed");

        JsonNode fields = lead.toRequestItem().get("custom_fields");
        assertThat(fields).hasSize(1);
        assertThat(fields.get(0).toString()).isEqualTo("{\"id\":2,\"values\":[{\"value\":\"changed\"}]}");
        assertThat(lead.getCustomField(2).orElseThrow().getName()).isEqualTo("B");
    }

    @Test
    void shouldSendNoCustomFieldsForAnUnchangedUpdate() {
        Lead lead = this.mapper.readValue(
                "{\"id\":5,\"custom_fields\":[{\"id\":1,\"values\":[{\"value\":\"a\"}]}]}", Lead.class);

        assertThat(lead.toRequestItem().has("custom_fields")).isFalse();
    }

    @Test
    void shouldClearAFieldWithEmptyValues() {
        Lead lead = this.mapper.readValue(
                "{\"id\":5,\"custom_fields\":[{\"id\":1,\"values\":[{\"value\":\"a\"}]}]}", Lead.class);

        lead.clearCustomField(1);

        assertThat(lead.toRequestItem().get("custom_fields").toString()).isEqualTo("[{\"id\":1,\"values\":[]}]");
    }

    @Test
    void shouldReadFirstAndEveryValueEnumAndSubtype() {
        Company company = this.mapper.readValue("""
                {"id":1,"custom_fields":[
                  {"id":155116,"name":"Phone","code":"PHONE","values":[{"value":"+7 1","enum":"3685087"},{"value":"+7 2","enum":"3685089"}]},
                  {"id":2390423,"name":"Address","values":[{"value":"Lenina 1","subtype":"1"},{"value":"Moscow","subtype":"3"}]},
                  {"id":3434327,"name":"Tags","values":[1121,1122]},
                  {"id":155117,"name":"Mail","code":"EMAIL","values":[{"value":"co@example.com","enum":"3685091"}]}]}
                """, Company.class);

        assertThat(company.getCustomFieldValue(155116)).contains("+7 1");
        assertThat(company.getCustomFieldValues(155116)).containsExactly("+7 1", "+7 2");
        assertThat(company.getCustomFieldEnum(155116)).contains("3685087");
        assertThat(company.getCustomFieldEnums(155116)).containsExactly("3685087", "3685089");
        assertThat(company.getCustomFieldSubtype(2390423)).contains("1");
        assertThat(company.getCustomFieldSubtypes(2390423)).containsExactly("1", "3");
        assertThat(company.getCustomFieldEnum(2390423)).isEmpty();
        assertThat(company.getCustomFieldValues(3434327)).containsExactly("1121", "1122");
        assertThat(company.getCustomFieldEnums(3434327)).containsExactly("1121", "1122");
        assertThat(company.getCustomFields(155116, 155117))
                .extracting(CustomField::getId)
                .containsExactly(155116L, 155117L);
        assertThat(company.getCustomFieldValue(999)).isEmpty();
        assertThat(company.getPhone()).contains("+7 1");
        assertThat(company.getEmail()).contains("co@example.com");
    }

    @Test
    void shouldReplaceValuesOfAnExistingFieldKeepingItsName() {
        Contact contact = this.mapper.readValue(
                "{\"id\":1,\"custom_fields\":[{\"id\":7,\"name\":\"Position\",\"values\":[{\"value\":\"a\"}]}]}",
                Contact.class);

        contact.setCustomField(7, "b");

        assertThat(contact.getCustomFields()).hasSize(1);
        assertThat(contact.getCustomField(7).orElseThrow().getName()).isEqualTo("Position");
        assertThat(contact.getCustomFieldValue(7)).contains("b");
    }

    @Test
    void shouldReturnNoPhoneWhenTheContactHasNone() {
        assertThat(new Contact("x").getPhone()).isEmpty();
        assertThat(new Contact("x").getEmail()).isEmpty();
    }
}
