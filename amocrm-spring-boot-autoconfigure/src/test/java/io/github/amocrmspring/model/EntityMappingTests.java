package io.github.amocrmspring.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EntityMappingTests {

    private final JsonMapper mapper = JsonMapper.shared();

    private static final String LEAD = """
            {"id":9,"name":"Order 1","responsible_user_id":504141,"created_by":504141,"created_at":1509051600,
             "updated_at":"1509051700","account_id":13667499,"is_deleted":false,"group_id":0,
             "main_contact":{"id":7,"_links":{"self":{"href":"/api/v2/contacts?id=7","method":"get"}}},
             "company":{"id":3,"name":"Horns","_links":{"self":{"href":"/api/v2/companies?id=3"}}},
             "closed_at":0,"closest_task_at":0,"status_id":142,"sale":15000,
             "tags":[{"id":61881,"name":"delivery"}],
             "custom_fields":[{"id":11,"name":"Source","values":[{"value":"site"}],"is_system":false}],
             "contacts":{"id":[7,8],"_links":{"self":{"href":"/api/v2/contacts?id=7,8"}}},
             "pipeline":{"id":5,"_links":{"self":{"href":"/api/v2/pipelines?id=5"}}},
             "loss_reason_id":0,"is_price_modified_by_robot":false,
             "_links":{"self":{"href":"/api/v2/leads?id=9","method":"get"}}}
            """;

    @Test
    void shouldReadTypedFieldsOfALead() {
        Lead lead = this.mapper.readValue(LEAD, Lead.class);

        assertThat(lead.getId()).isEqualTo(9L);
        assertThat(lead.getName()).isEqualTo("Order 1");
        assertThat(lead.getCreatedAt()).isEqualTo(Instant.ofEpochSecond(1509051600));
        assertThat(lead.getUpdatedAt()).isEqualTo(Instant.ofEpochSecond(1509051700));
        assertThat(lead.getClosedAt()).isEqualTo(Instant.EPOCH);
        assertThat(lead.getStatusId()).isEqualTo(142L);
        assertThat(lead.getSale()).isEqualTo(15000L);
        assertThat(lead.getPipelineId()).isEqualTo(5L);
        assertThat(lead.getMainContactId()).isEqualTo(7L);
        assertThat(lead.getCompanyId()).isEqualTo(3L);
        assertThat(lead.getContactIds()).containsExactly(7L, 8L);
        assertThat(lead.getTagNames()).containsExactly("delivery");
        assertThat(lead.getCustomFieldValue(11)).contains("site");
        assertThat(lead.getOtherFields()).containsKeys("loss_reason_id", "is_price_modified_by_robot", "_links");
    }

    @Test
    void shouldKeepEveryKeyWhenALeadIsReadAndWrittenBack() {
        JsonNode original = this.mapper.readTree(LEAD);

        Lead lead = this.mapper.readValue(LEAD, Lead.class);
        JsonNode written = this.mapper.readTree(this.mapper.writeValueAsString(lead));

        assertThat(written.propertyNames()).containsExactlyInAnyOrderElementsOf(original.propertyNames());
        assertThat(written.get("updated_at").asLong()).isEqualTo(1509051700L);
        assertThat(written.get("_links")).isEqualTo(original.get("_links"));
        assertThat(written.get("company")).isEqualTo(original.get("company"));
        assertThat(written.get("contacts")).isEqualTo(original.get("contacts"));
        assertThat(written.get("custom_fields")).isEqualTo(original.get("custom_fields"));
        assertThat(written.get("tags")).isEqualTo(original.get("tags"));
        assertThat(written.get("loss_reason_id")).isEqualTo(original.get("loss_reason_id"));
    }

    @Test
    void shouldKeepUnknownKeysOfNestedObjectsOnRoundTrip() {
        String json = """
                {"id":1,"name":"Hans","custom_fields":[{"id":4396818,"name":"Phone","code":"PHONE",
                 "values":[{"value":"+7945","enum":"3685087","extra":"x"}],"is_system":true,"sort":4}],
                 "company":[],"leads":{},"customers":[]}
                """;

        Contact contact = this.mapper.readValue(json, Contact.class);
        JsonNode written = this.mapper.readTree(this.mapper.writeValueAsString(contact));

        assertThat(written).isEqualTo(this.mapper.readTree(json));
        assertThat(contact.getPhone()).contains("+7945");
        assertThat(contact.getLeadIds()).isEmpty();
    }

    @Test
    void shouldReadCustomFieldsSentAsAnObjectKeyedById() {
        String json = """
                {"id":1,"name":"Element","catalog_id":4422,
                 "custom_fields":{"20423":{"id":20423,"values":[{"value":"A-1"}]},"24233":{"id":24233,"values":[{"value":"120"}]}}}
                """;

        CatalogElement element = this.mapper.readValue(json, CatalogElement.class);

        assertThat(element.getCustomFieldValue(20423)).contains("A-1");
        assertThat(element.getCustomFieldValue(24233)).contains("120");
    }

    @Test
    void shouldReadTimestampsInMillisecondsAndAsText() {
        Lead lead = this.mapper.readValue("{\"id\":1,\"updated_at\":1619342253000,\"created_at\":\"\"}", Lead.class);

        assertThat(lead.getUpdatedAt()).isEqualTo(Instant.ofEpochSecond(1619342253));
        assertThat(lead.getCreatedAt()).isNull();
    }

    @Test
    void shouldKeepUnknownNoteAndTaskTypeCodes() {
        Note note = this.mapper.readValue("{\"id\":1,\"note_type\":777,\"element_type\":2}", Note.class);
        Task task =
                this.mapper.readValue("{\"id\":2,\"task_type\":1234567,\"element_type\":12,\"result\":[]}", Task.class);

        assertThat(note.getNoteType().code()).isEqualTo(777);
        assertThat(note.getNoteType().name()).isNull();
        assertThat(note.getElementType()).isEqualTo(ElementType.LEAD);
        assertThat(task.getTaskType()).isEqualTo(TaskType.of(1234567));
        assertThat(task.getTaskType().isBuiltIn()).isFalse();
        assertThat(task.getElementType()).isEqualTo(ElementType.CUSTOMER);
        assertThat(task.getResultText()).isNull();
        assertThat(this.mapper.valueToTree(note).get("note_type").asInt()).isEqualTo(777);
    }

    @Test
    void shouldReadTaskDeadlineFromEitherKey() {
        Task task = this.mapper.readValue("{\"complete_till\":1508706000}", Task.class);

        assertThat(task.getCompleteTillAt()).isEqualTo(Instant.ofEpochSecond(1508706000));
    }

    @Test
    void shouldReadPipelinesWithStatusesKeyedById() {
        String json = """
                {"id":10104,"name":"Sales","sort":1,"is_main":true,
                 "statuses":{"142":{"id":142,"name":"Won","color":"#CCFF66","sort":10000,"is_editable":false},
                             "13667501":{"id":13667501,"name":"First contact","sort":10,"color":"#99ccff","editable":"Y"}}}
                """;

        Pipeline pipeline = this.mapper.readValue(json, Pipeline.class);

        assertThat(pipeline.isMain()).isTrue();
        assertThat(pipeline.getStatuses()).extracting(PipelineStatus::getId).containsExactly(142L, 13667501L);
        assertThat(pipeline.getStatus(142).orElseThrow().isEditable()).isFalse();
        assertThat(pipeline.getStatus(13667501).orElseThrow().isEditable()).isTrue();
    }

    @Test
    void shouldReadAccountWithIdKeyedObjectsAndArrays() {
        String json = """
                {"id":13667499,"name":"Acme","subdomain":"acme","currency":"RUB","current_user":504141,
                 "_embedded":{
                   "users":{"504141":{"id":504141,"name":"Admin","is_admin":true,"rights":{"lead_edit":"A"}}},
                   "custom_fields":{
                     "contacts":[{"id":4396818,"name":"Phone","field_type":8,"code":"PHONE","is_system":true,
                                  "enums":[{"id":3685087,"value":"WORK"},{"id":3685089,"value":"MOB"}]}],
                     "leads":{"66":{"id":66,"name":"Kind","field_type":4,"enums":{"101":"retail","102":"wholesale"}}},
                     "companies":[],"customers":[],
                     "4422":[{"id":20423,"name":"SKU","field_type":1}]},
                   "note_types":[{"id":4,"name":"","code":"COMMON","editable":"Y"},{"id":999,"code":"CUSTOM","editable":"N"}],
                   "groups":[{"id":0,"name":"Office"}],
                   "task_types":[{"id":1,"name":"Call"},{"id":2,"name":"Meeting"},{"id":1234,"name":"Visit"}],
                   "pipelines":{"10104":{"id":10104,"name":"Sales","is_main":true,
                                "statuses":{"142":{"id":142,"name":"Won","editable":"N"}}}}}}
                """;

        Account account = this.mapper.readValue(json, Account.class);

        assertThat(account.getSubdomain()).isEqualTo("acme");
        assertThat(account.getUser(504141).orElseThrow().getAdmin()).isTrue();
        CustomFieldDefinition phone =
                account.getCustomFields().getContactFields().get(0);
        assertThat(phone.getFieldType()).isEqualTo(CustomFieldType.MULTITEXT);
        assertThat(phone.getEnums()).containsEntry(3685087L, "WORK").containsEntry(3685089L, "MOB");
        assertThat(phone.getEnumId("MOB")).contains(3685089L);
        CustomFieldDefinition kind = account.getCustomFields().getLeadFields().get(0);
        assertThat(kind.getFieldType()).isEqualTo(CustomFieldType.SELECT);
        assertThat(kind.getEnums()).containsEntry(101L, "retail").containsEntry(102L, "wholesale");
        assertThat(account.getCustomFields().getCatalogFields(4422))
                .extracting(CustomFieldDefinition::getId)
                .containsExactly(20423L);
        assertThat(account.getNoteTypes())
                .extracting(NoteTypeDefinition::getNoteType)
                .containsExactly(NoteType.COMMON, NoteType.of(999));
        assertThat(account.getNoteTypes().get(0).isEditable()).isTrue();
        assertThat(account.getTaskTypes())
                .extracting(TaskTypeDefinition::getTaskType)
                .containsExactly(TaskType.CALL, TaskType.MEETING, TaskType.of(1234));
        assertThat(account.getGroups()).extracting(UserGroup::getName).containsExactly("Office");
        assertThat(account.getPipelines().get(0).getStatus(142)).isPresent();
    }

    @Test
    void shouldReadIncomingLeadAndWebhookAndWidget() {
        IncomingLead incoming = this.mapper.readValue("""
                {"uid":"561a8a8b","category":"form","source_name":"site","created_at":1509051600,
                 "incoming_lead_info":{"form_id":1,"form_page":"https://www.example.com"},
                 "incoming_entities":{"leads":[{"name":"New request"}]}}
                """, IncomingLead.class);
        Webhook webhook = this.mapper.readValue(
                "{\"id\":5,\"url\":\"https://example.com/hook\",\"events\":[\"add_lead\"]}", Webhook.class);
        Widget widget = this.mapper.readValue(
                "{\"widget_id\":7,\"widget_code\":\"w1\",\"active\":\"Y\",\"settings\":{\"key\":\"v\"}}", Widget.class);

        assertThat(incoming.getUid()).isEqualTo("561a8a8b");
        assertThat(incoming.getIncomingLeadInfo().get("form_id").asInt()).isEqualTo(1);
        assertThat(incoming.getIncomingEntities()
                        .get("leads")
                        .get(0)
                        .get("name")
                        .asString())
                .isEqualTo("New request");
        assertThat(webhook.getEvents()).containsExactly("add_lead");
        assertThat(widget.isActive()).isTrue();
        assertThat(widget.getSettings().get("key").asString()).isEqualTo("v");
    }
}
