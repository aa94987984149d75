package io.github.amocrmspring.docs.cookbook;

import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.entity.NoteQuery;
import io.github.amocrmspring.model.ElementType;
import io.github.amocrmspring.model.Note;
import io.github.amocrmspring.model.NoteType;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The note examples of the cookbook. */
final class NoteExamples {

    private static final Logger log = LoggerFactory.getLogger(NoteExamples.class);

    private NoteExamples() {}

    static List<Note> read(AmoTemplate amo) {
        // tag::notes-read[]
        // Every common note of leads
        try (Stream<Note> notes =
                amo.notes().stream(NoteQuery.of(ElementType.LEAD).noteType(NoteType.COMMON))) {
            notes.forEach(
                    note -> log.info("Note {} on lead {}: {}", note.getId(), note.getElementId(), note.getText()));
        }

        // One page of the notes of contacts
        List<Note> page = amo.notes()
                .find(NoteQuery.of(ElementType.CONTACT).limitRows(250).limitOffset(2000));
        // end::notes-read[]
        return page;
    }

    static Note create(AmoTemplate amo, long leadId) {
        // tag::notes-create[]
        Note note = new Note(NoteType.COMMON, "Текст примечания к сделке").attachToLead(leadId);
        amo.notes().save(note);
        long noteId = note.getId();
        // end::notes-create[]
        log.info("Created note {}", noteId);
        return note;
    }

    static List<Note> update(AmoTemplate amo, long noteId, long otherNoteId) {
        // tag::notes-update[]
        // Read, change and save one note under its lock
        amo.notes().update(noteId, note -> note.setText("Обновленный текст события"));

        // Or read, change and save several in one request
        Note other = amo.notes().findById(ElementType.LEAD, otherNoteId).orElseThrow();
        other.setText("Новый текст события");
        List<Note> saved = amo.notes().saveAll(List.of(other)).orThrow();
        // end::notes-update[]
        return saved;
    }
}
