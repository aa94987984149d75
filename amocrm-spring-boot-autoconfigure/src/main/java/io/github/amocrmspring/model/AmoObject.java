package io.github.amocrmspring.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The base of every object read from amoCRM: the keys a subclass maps are fields annotated with
 * {@code @JsonProperty}, and every other key is kept as JSON, so that writing the object back gives what was read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE,
        setterVisibility = JsonAutoDetect.Visibility.NONE,
        creatorVisibility = JsonAutoDetect.Visibility.NONE)
public abstract class AmoObject {

    private final Map<String, JsonNode> otherFields = new LinkedHashMap<>();

    /** Return the keys amoCRM sent that this class does not map, unmodifiable. */
    @JsonAnyGetter
    public Map<String, JsonNode> getOtherFields() {
        return Collections.unmodifiableMap(this.otherFields);
    }

    /** Return one key amoCRM sent that this class does not map, or {@code null}. */
    public JsonNode getOtherField(String name) {
        return this.otherFields.get(name);
    }

    /** Set a key this class does not map. */
    public void setOtherField(String name, Object value) {
        this.otherFields.put(name, JsonNodes.toNode(value));
    }

    @JsonAnySetter
    void readOtherField(String name, JsonNode value) {
        this.otherFields.put(name, value);
    }
}
