package io.github.amocrmspring.integration.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amocrmspring.client.AccountPart;
import io.github.amocrmspring.model.Account;
import io.github.amocrmspring.model.CustomFieldDefinition;
import io.github.amocrmspring.model.CustomFieldType;
import io.github.amocrmspring.model.Pipeline;
import io.github.amocrmspring.model.PipelineStatus;
import io.github.amocrmspring.model.Widget;
import io.github.amocrmspring.test.server.EntityType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The account with its parts, the pipelines and the widgets, read through the typed model. */
class AccountFeatureTests extends FakeAmoTests {

    @Test
    void shouldReadTheAccountWithUsersCustomFieldsPipelinesAndTypes() {
        Account account = this.amo.account(
                AccountPart.USERS,
                AccountPart.CUSTOM_FIELDS,
                AccountPart.PIPELINES,
                AccountPart.GROUPS,
                AccountPart.NOTE_TYPES,
                AccountPart.TASK_TYPES);

        assertThat(account.getSubdomain()).isEqualTo(account().subdomain());
        assertThat(account.getUser(account().adminUserId())).isPresent();
        long phone = account().customFieldId(EntityType.CONTACT, "PHONE");
        CustomFieldDefinition phoneField = account.getCustomFields().getContactFields().stream()
                .filter(field -> field.getId() == phone)
                .findFirst()
                .orElseThrow();
        assertThat(phoneField.getFieldType()).isEqualTo(CustomFieldType.MULTITEXT);
        assertThat(phoneField.getEnumId("WORK")).contains(account().enumId(phone, "WORK"));
        assertThat(account.getPipelines())
                .extracting(Pipeline::getId)
                .contains(account().mainPipelineId());
        assertThat(account.getNoteTypes()).isNotEmpty();
        assertThat(account.getTaskTypes()).isNotEmpty();
        assertThat(onlyRequest("GET", "/api/v2/account").queryParameter("with"))
                .isEqualTo("users,custom_fields,pipelines,groups,note_types,task_types");
    }

    @Test
    void shouldListPipelinesWithTheirStatuses() {
        long pipelineId = account().addPipeline("Wholesale", "New", "Negotiation");

        List<Pipeline> pipelines = this.amo.pipelines().list();
        Pipeline wholesale = this.amo.pipelines().findById(pipelineId).orElseThrow();

        assertThat(pipelines).extracting(Pipeline::getId).contains(account().mainPipelineId(), pipelineId);
        assertThat(wholesale.getName()).isEqualTo("Wholesale");
        assertThat(wholesale.getStatuses())
                .extracting(PipelineStatus::getId)
                .containsAll(account().stageIds(pipelineId));
        assertThat(wholesale.getStatus(PipelineStatus.WON)).isPresent();
    }

    @Test
    void shouldListInstallAndUninstallWidgets() {
        long widgetId = account().addWidget("sample_widget", "Sample");

        List<Widget> widgets = this.amo.widgets().list();
        assertThat(widgets).extracting(Widget::getWidgetCode).contains("sample_widget");

        Widget widget = new Widget("sample_widget", widgetId);
        widget.setSettings(Map.of("login", "demo"));
        List<Widget> installed = this.amo.widgets().install(widget);
        assertThat(installed)
                .filteredOn(found -> "sample_widget".equals(found.getWidgetCode()))
                .allMatch(Widget::isActive);
        assertThat(onlyBody("POST", "/api/v2/widgets").toString())
                .isEqualTo("{\"widgets\":{\"install\":[{\"widget_code\":\"sample_widget\",\"widget_id\":" + widgetId
                        + ",\"settings\":{\"login\":\"demo\"}}]}}");

        List<Widget> uninstalled = this.amo.widgets().uninstall(widget);
        assertThat(uninstalled)
                .filteredOn(found -> "sample_widget".equals(found.getWidgetCode()))
                .noneMatch(Widget::isActive);
    }
}
