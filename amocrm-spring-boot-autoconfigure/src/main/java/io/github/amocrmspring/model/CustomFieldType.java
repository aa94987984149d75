package io.github.amocrmspring.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The type of a custom field ({@code field_type}); undocumented codes are kept as is. */
public final class CustomFieldType {

    /** Text (1). */
    public static final CustomFieldType TEXT = new CustomFieldType(1, "TEXT");

    /** Number (2). */
    public static final CustomFieldType NUMERIC = new CustomFieldType(2, "NUMERIC");

    /** Checkbox, 0 or 1 (3). */
    public static final CustomFieldType CHECKBOX = new CustomFieldType(3, "CHECKBOX");

    /** One of a list, written as the enum id (4). */
    public static final CustomFieldType SELECT = new CustomFieldType(4, "SELECT");

    /** Several of a list, written as bare enum ids (5). */
    public static final CustomFieldType MULTISELECT = new CustomFieldType(5, "MULTISELECT");

    /** Date (6). */
    public static final CustomFieldType DATE = new CustomFieldType(6, "DATE");

    /** URL (7). */
    public static final CustomFieldType URL = new CustomFieldType(7, "URL");

    /** Several texts with an enum each, as phones and e-mails are (8). */
    public static final CustomFieldType MULTITEXT = new CustomFieldType(8, "MULTITEXT");

    /** Long text (9). */
    public static final CustomFieldType TEXTAREA = new CustomFieldType(9, "TEXTAREA");

    /** Radio button (10). */
    public static final CustomFieldType RADIOBUTTON = new CustomFieldType(10, "RADIOBUTTON");

    /** Street address in one line (11). */
    public static final CustomFieldType STREETADDRESS = new CustomFieldType(11, "STREETADDRESS");

    /** Address in parts, each value with a {@code subtype} (13). */
    public static final CustomFieldType SMART_ADDRESS = new CustomFieldType(13, "SMART_ADDRESS");

    /** Birthday (14). */
    public static final CustomFieldType BIRTHDAY = new CustomFieldType(14, "BIRTHDAY");

    /** Legal entity, an object value (15). */
    public static final CustomFieldType LEGAL_ENTITY = new CustomFieldType(15, "LEGAL_ENTITY");

    /** Items of a catalog, an object value (16). */
    public static final CustomFieldType ITEMS = new CustomFieldType(16, "ITEMS");

    /** Legal name of an organisation (17). */
    public static final CustomFieldType ORG_LEGAL_NAME = new CustomFieldType(17, "ORG_LEGAL_NAME");

    private static final Map<Integer, CustomFieldType> KNOWN = Stream.of(
                    TEXT,
                    NUMERIC,
                    CHECKBOX,
                    SELECT,
                    MULTISELECT,
                    DATE,
                    URL,
                    MULTITEXT,
                    TEXTAREA,
                    RADIOBUTTON,
                    STREETADDRESS,
                    SMART_ADDRESS,
                    BIRTHDAY,
                    LEGAL_ENTITY,
                    ITEMS,
                    ORG_LEGAL_NAME)
            .collect(Collectors.toUnmodifiableMap(CustomFieldType::code, Function.identity()));

    private final int code;

    private final String name;

    private CustomFieldType(int code, String name) {
        this.code = code;
        this.name = name;
    }

    /** Return the field type with the given code, a constant when the code is a documented one. */
    @JsonCreator
    public static CustomFieldType of(int code) {
        CustomFieldType known = KNOWN.get(code);
        return (known != null) ? known : new CustomFieldType(code, null);
    }

    /** Return the numeric code amoCRM uses. */
    @JsonValue
    public int code() {
        return this.code;
    }

    /** Return amoCRM's name of the type (such as {@code MULTITEXT}), or {@code null} for an undocumented code. */
    public String name() {
        return this.name;
    }

    @Override
    public boolean equals(Object other) {
        return (other instanceof CustomFieldType that) && this.code == that.code;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(this.code);
    }

    @Override
    public String toString() {
        return ((this.name != null) ? this.name : "FIELD_TYPE") + " (" + this.code + ")";
    }
}
