package io.github.amocrmspring.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A pipeline of leads with its statuses, read from {@code /api/v2/pipelines} or the account. */
public class Pipeline extends AmoObject {

    @JsonProperty("id")
    private Long id;

    @JsonProperty("name")
    private String name;

    @JsonProperty("sort")
    private Integer sort;

    @JsonProperty("is_main")
    private JsonNode main;

    @JsonProperty("statuses")
    @JsonDeserialize(using = FlexibleListDeserializer.class)
    private List<PipelineStatus> statuses;

    public Long getId() {
        return this.id;
    }

    public String getName() {
        return this.name;
    }

    public Integer getSort() {
        return this.sort;
    }

    /** Return whether this is the account's main pipeline. */
    public boolean isMain() {
        if (this.main == null || this.main.isNull()) {
            return false;
        }
        return this.main.isBoolean() ? this.main.booleanValue() : !"0".equals(this.main.asString());
    }

    /** Return the statuses, in the order amoCRM gave them. */
    public List<PipelineStatus> getStatuses() {
        return (this.statuses != null) ? Collections.unmodifiableList(this.statuses) : List.of();
    }

    /** Return the status with the given id. */
    public Optional<PipelineStatus> getStatus(long statusId) {
        return getStatuses().stream()
                .filter(status -> Objects.equals(status.getId(), statusId))
                .findFirst();
    }

    @Override
    public String toString() {
        return "Pipeline " + this.id + " " + this.name;
    }
}
