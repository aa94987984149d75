package io.github.amocrmspring.entity;

import io.github.amocrmspring.client.AmoOperations;
import io.github.amocrmspring.error.AmoApiException;
import io.github.amocrmspring.model.ElementType;
import io.github.amocrmspring.model.EntityType;
import io.github.amocrmspring.model.Note;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading and saving the notes of one account ({@code /api/v2/notes}). amoCRM lists notes by the type of entity
 * they are attached to, so a query names it ({@link NoteQuery#of(ElementType)}).
 */
public class NoteOperations extends EntityOperations<Note, NoteQuery> {

    private static final List<ElementType> TYPES =
            List.of(ElementType.LEAD, ElementType.CONTACT, ElementType.COMPANY, ElementType.TASK, ElementType.CUSTOMER);

    public NoteOperations(AmoOperations account, EntityContext context) {
        super(account, context, Note.class, EntityType.NOTE);
    }

    /**
     * Read one note by id. amoCRM may require the type of entity the note is attached to; when it refuses the
     * request without it, each type is tried in turn. Prefer {@link #findById(ElementType, long)} when the type is
     * known.
     */
    @Override
    public Optional<Note> findById(long id) {
        try {
            return super.findById(id);
        } catch (AmoApiException ex) {
            for (ElementType type : TYPES) {
                Optional<Note> note = findById(type, id);
                if (note.isPresent()) {
                    return note;
                }
            }
            return Optional.empty();
        }
    }

    @Override
    protected List<Note> readCurrent(List<Note> notes) {
        List<Note> current = new ArrayList<>();
        for (Note note : notes) {
            Optional<Note> found =
                    (note.getElementType() != null && note.getElementType().queryName() != null)
                            ? findById(note.getElementType(), note.getId())
                            : findById(note.getId());
            found.ifPresent(current::add);
        }
        return current;
    }

    /** Read one note by id, attached to an entity of the given type. */
    public Optional<Note> findById(ElementType type, long id) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("id", id);
        params.put("type", type.queryName());
        return findOne(params, id);
    }
}
