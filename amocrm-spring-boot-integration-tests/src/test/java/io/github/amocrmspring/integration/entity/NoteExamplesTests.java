package io.github.amocrmspring.integration.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amocrmspring.entity.NoteQuery;
import io.github.amocrmspring.model.ElementType;
import io.github.amocrmspring.model.Note;
import io.github.amocrmspring.model.NoteType;
import io.github.amocrmspring.test.server.EntityType;
import io.github.amocrmspring.test.server.RecordedRequest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The README's "working with notes" example, step by step. */
class NoteExamplesTests extends FakeAmoTests {

    @Test
    void shouldLoadEveryCommonNoteOfLeadsAndOnePageOfContactNotes() {
        long lead = account().addLead("With notes");
        Note note = new Note(NoteType.COMMON, "First").attachToLead(lead);
        this.amo.notes().save(note);

        List<Note> notes;
        try (Stream<Note> stream =
                this.amo.notes().stream(NoteQuery.of(ElementType.LEAD).noteType(NoteType.COMMON))) {
            notes = stream.toList();
        }
        this.amo.notes().find(NoteQuery.of(ElementType.CONTACT).limitRows(250).limitOffset(2000));

        assertThat(notes).extracting(Note::getId).contains(note.getId());
        assertThat(notes).allMatch(found -> found.getNoteType().equals(NoteType.COMMON));
        List<RecordedRequest> requests = requests("GET", "/api/v2/notes");
        assertThat(requests.get(0).queryParameter("type")).isEqualTo("lead");
        assertThat(requests.get(0).queryParameter("note_type")).isEqualTo("4");
        RecordedRequest page = requests.get(requests.size() - 1);
        assertThat(page.queryParameter("type")).isEqualTo("contact");
        assertThat(page.queryParameter("limit_rows")).isEqualTo("250");
        assertThat(page.queryParameter("limit_offset")).isEqualTo("2000");
    }

    @Test
    void shouldCreateACommonNoteOnALead() {
        long lead = account().addLead("Lead");
        Note note = new Note(NoteType.COMMON, "Текст примечания к сделке").attachToLead(lead);

        this.amo.notes().save(note);

        JsonNode added = onlyBody("POST", "/api/v2/notes").get("add").get(0);
        assertThat(added.get("element_id").asLong()).isEqualTo(lead);
        assertThat(added.get("element_type").asInt()).isEqualTo(2);
        assertThat(added.get("note_type").asInt()).isEqualTo(4);
        assertThat(added.get("text").asString()).isEqualTo("Текст примечания к сделке");
        assertThat(note.getId()).isNotNull();
    }

    @Test
    void shouldUpdateNotesGivenByIdAndReadBack() {
        long lead = account().addLead("Lead");
        Note first = new Note(NoteType.COMMON, "one").attachToLead(lead);
        Note second = new Note(NoteType.COMMON, "two").attachToLead(lead);
        this.amo.notes().saveAll(List.of(first, second)).orThrow();
        this.server.journal().clear();
        Note byId = new Note();
        byId.setId(first.getId());
        byId.setText("Обновленный текст события");
        Note read = this.amo.notes().findById(second.getId()).orElseThrow();
        read.setText("Новый текст события");

        this.amo.notes().saveAll(List.of(byId, read)).orThrow();

        JsonNode updates = requests("POST", "/api/v2/notes").get(0).bodyAsJson().get("update");
        assertThat(updates).hasSize(2);
        assertThat(updates.get(0).get("text").asString()).isEqualTo("Обновленный текст события");
        assertThat(updates.get(1).get("text").asString()).isEqualTo("Новый текст события");
        assertThat(account().entity(EntityType.NOTE, first.getId()).get("text").asString())
                .isEqualTo("Обновленный текст события");
        assertThat(read.getElementType()).isEqualTo(ElementType.LEAD);
    }

    @Test
    void shouldSendTheTextOfAnSmsNoteInItsParams() {
        long lead = account().addLead("Lead");
        Note sms =
                new Note(NoteType.SMS_OUT, "Ваш заказ готов").attachToLead(lead).setParam("phone", "+79451112233");

        this.amo.notes().save(sms);

        JsonNode added = onlyBody("POST", "/api/v2/notes").get("add").get(0);
        assertThat(added.get("params").get("text").asString()).isEqualTo("Ваш заказ готов");
        assertThat(added.get("params").get("phone").asString()).isEqualTo("+79451112233");
    }
}
