package io.github.amocrmspring.test.server;

import java.util.LinkedHashMap;
import java.util.Map;

/** amoCRM's note types, by id and code, as listed by {@code GET /api/v2/account?with=note_types}. */
final class NoteTypes {

    static final long COMMON = 4;

    static final long TASK_RESULT = 13;

    static final Map<Long, String> CODES = new LinkedHashMap<>();

    static {
        CODES.put(1L, "DEAL_CREATED");
        CODES.put(2L, "CONTACT_CREATED");
        CODES.put(3L, "DEAL_STATUS_CHANGED");
        CODES.put(4L, "COMMON");
        CODES.put(5L, "ATTACHEMENT");
        CODES.put(6L, "CALL");
        CODES.put(7L, "MAIL_MESSAGE");
        CODES.put(8L, "MAIL_MESSAGE_ATTACHMENT");
        CODES.put(9L, "EXTERNAL_ATTACH");
        CODES.put(10L, "CALL_IN");
        CODES.put(11L, "CALL_OUT");
        CODES.put(12L, "COMPANY_CREATED");
        CODES.put(13L, "TASK_RESULT");
        CODES.put(17L, "CHAT");
        CODES.put(25L, "SYSTEM");
        CODES.put(99L, "MAX_SYSTEM");
        CODES.put(101L, "DROPBOX");
        CODES.put(102L, "SMS_IN");
        CODES.put(103L, "SMS_OUT");
    }

    private NoteTypes() {}

    static boolean isKnown(long noteType) {
        return CODES.containsKey(noteType);
    }

    /** Whether the note type keeps its text in {@code params.text} (system and SMS notes). */
    static boolean keepsTextInParams(long noteType) {
        return noteType == 25 || noteType == 102 || noteType == 103;
    }
}
