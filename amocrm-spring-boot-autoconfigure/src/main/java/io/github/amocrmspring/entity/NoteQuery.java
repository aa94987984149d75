package io.github.amocrmspring.entity;

import io.github.amocrmspring.model.ElementType;
import io.github.amocrmspring.model.NoteType;

/** The filters of a list of notes; amoCRM lists the notes of one type of entity at a time. */
public class NoteQuery extends EntityQuery<NoteQuery> {

    private NoteQuery(ElementType type) {
        if (type.queryName() == null) {
            throw new IllegalArgumentException("Notes cannot be listed by " + type);
        }
        param("type", type.queryName());
    }

    /** Return a query for the notes of entities of this type ({@code type=lead}, ...), which amoCRM requires. */
    public static NoteQuery of(ElementType type) {
        return new NoteQuery(type);
    }

    /** Read only the notes of this entity ({@code element_id}). */
    public NoteQuery elementId(long elementId) {
        return param("element_id", elementId);
    }

    /** Read only the notes of this type ({@code note_type}). */
    public NoteQuery noteType(NoteType noteType) {
        return param("note_type", noteType.code());
    }
}
