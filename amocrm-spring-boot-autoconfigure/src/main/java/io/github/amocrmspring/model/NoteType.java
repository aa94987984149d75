package io.github.amocrmspring.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The type of a note ({@code note_type}). The documented codes are constants; any other code is kept as is.
 *
 * <p>Only {@link #COMMON}, {@link #TASK_RESULT}, {@link #SYSTEM}, {@link #SMS_IN} and {@link #SMS_OUT} can be
 * written through the API; the others appear in what amoCRM returns.
 */
public final class NoteType {

    /** A lead was created (1). */
    public static final NoteType LEAD_CREATED = new NoteType(1, "DEAL_CREATED");

    /** A contact was created (2). */
    public static final NoteType CONTACT_CREATED = new NoteType(2, "CONTACT_CREATED");

    /** The status of a lead changed (3). */
    public static final NoteType LEAD_STATUS_CHANGED = new NoteType(3, "DEAL_STATUS_CHANGED");

    /** An ordinary note (4). */
    public static final NoteType COMMON = new NoteType(4, "COMMON");

    /** A file attached (5). */
    public static final NoteType ATTACHMENT = new NoteType(5, "ATTACHEMENT");

    /** A call (6). */
    public static final NoteType CALL = new NoteType(6, "CALL");

    /** An e-mail message (7). */
    public static final NoteType MAIL_MESSAGE = new NoteType(7, "MAIL_MESSAGE");

    /** An e-mail message with an attachment (8). */
    public static final NoteType MAIL_MESSAGE_ATTACHMENT = new NoteType(8, "MAIL_MESSAGE_ATTACHMENT");

    /** An external attachment (9). */
    public static final NoteType EXTERNAL_ATTACH = new NoteType(9, "EXTERNAL_ATTACH");

    /** An incoming call (10). */
    public static final NoteType CALL_IN = new NoteType(10, "CALL_IN");

    /** An outgoing call (11). */
    public static final NoteType CALL_OUT = new NoteType(11, "CALL_OUT");

    /** A company was created (12). */
    public static final NoteType COMPANY_CREATED = new NoteType(12, "COMPANY_CREATED");

    /** The result of a task (13). */
    public static final NoteType TASK_RESULT = new NoteType(13, "TASK_RESULT");

    /** A chat message (17). */
    public static final NoteType CHAT = new NoteType(17, "CHAT");

    /** A system message (25); its text travels in {@code params.text}. */
    public static final NoteType SYSTEM = new NoteType(25, "SYSTEM");

    /** The highest system code (99). */
    public static final NoteType MAX_SYSTEM = new NoteType(99, "MAX_SYSTEM");

    /** A Dropbox file (101). */
    public static final NoteType DROPBOX = new NoteType(101, "DROPBOX");

    /** An incoming SMS (102); its text travels in {@code params.text}. */
    public static final NoteType SMS_IN = new NoteType(102, "SMS_IN");

    /** An outgoing SMS (103); its text travels in {@code params.text}. */
    public static final NoteType SMS_OUT = new NoteType(103, "SMS_OUT");

    private static final Map<Integer, NoteType> KNOWN = Stream.of(
                    LEAD_CREATED,
                    CONTACT_CREATED,
                    LEAD_STATUS_CHANGED,
                    COMMON,
                    ATTACHMENT,
                    CALL,
                    MAIL_MESSAGE,
                    MAIL_MESSAGE_ATTACHMENT,
                    EXTERNAL_ATTACH,
                    CALL_IN,
                    CALL_OUT,
                    COMPANY_CREATED,
                    TASK_RESULT,
                    CHAT,
                    SYSTEM,
                    MAX_SYSTEM,
                    DROPBOX,
                    SMS_IN,
                    SMS_OUT)
            .collect(Collectors.toUnmodifiableMap(NoteType::code, Function.identity()));

    private static final Set<Integer> TEXT_IN_PARAMS = Set.of(SYSTEM.code, SMS_IN.code, SMS_OUT.code);

    private final int code;

    private final String name;

    private NoteType(int code, String name) {
        this.code = code;
        this.name = name;
    }

    /** Return the note type with the given code, a constant when the code is a documented one. */
    @JsonCreator
    public static NoteType of(int code) {
        NoteType known = KNOWN.get(code);
        return (known != null) ? known : new NoteType(code, null);
    }

    /** Return the numeric code amoCRM uses. */
    @JsonValue
    public int code() {
        return this.code;
    }

    /** Return amoCRM's name of the type (such as {@code COMMON}), or {@code null} for an undocumented code. */
    public String name() {
        return this.name;
    }

    /** Return whether amoCRM expects the text of such a note in {@code params.text}. */
    public boolean carriesTextInParams() {
        return TEXT_IN_PARAMS.contains(this.code);
    }

    @Override
    public boolean equals(Object other) {
        return (other instanceof NoteType that) && this.code == that.code;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(this.code);
    }

    @Override
    public String toString() {
        return ((this.name != null) ? this.name : "NOTE_TYPE") + " (" + this.code + ")";
    }
}
