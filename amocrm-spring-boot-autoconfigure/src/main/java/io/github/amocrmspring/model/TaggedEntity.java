package io.github.amocrmspring.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An entity with tags: leads, contacts and companies.
 *
 * <p>Tags are sent as the whole set of names whenever it was changed through this object, so removing the last
 * tag sends an empty set and amoCRM clears the tags. An update that did not touch the tags leaves them alone.
 *
 * @param <T> the concrete entity type, returned by the fluent methods
 */
public abstract class TaggedEntity<T extends TaggedEntity<T>> extends CustomFieldsEntity<T> {

    @JsonProperty("tags")
    @JsonDeserialize(using = FlexibleListDeserializer.class)
    private List<Tag> tags;

    private boolean tagsChanged;

    /** Return the tags, unmodifiable. */
    public List<Tag> getTags() {
        return (this.tags != null) ? Collections.unmodifiableList(this.tags) : List.of();
    }

    /** Return the names of the tags. */
    public List<String> getTagNames() {
        return getTags().stream().map(Tag::name).toList();
    }

    /** Add tags by name; a name this entity already has is not added twice. */
    public T addTags(String... names) {
        return addTags(Arrays.asList(names));
    }

    /** Add tags by name; a name this entity already has is not added twice. */
    public T addTags(Collection<String> names) {
        if (this.tags == null) {
            this.tags = new ArrayList<>();
        }
        Set<String> present = new LinkedHashSet<>(getTagNames());
        for (String name : names) {
            if (present.add(name)) {
                this.tags.add(Tag.named(name));
            }
        }
        this.tagsChanged = true;
        return self();
    }

    /** Remove tags by name; removing every tag clears them in amoCRM on the next save. */
    public T removeTags(String... names) {
        return removeTags(Arrays.asList(names));
    }

    /** Remove tags by name; removing every tag clears them in amoCRM on the next save. */
    public T removeTags(Collection<String> names) {
        Set<String> unwanted = Set.copyOf(names);
        if (this.tags != null) {
            this.tags.removeIf(tag -> unwanted.contains(tag.name()));
        }
        this.tagsChanged = true;
        return self();
    }

    /** Replace the tags with the given names. */
    public T setTags(Collection<String> names) {
        this.tags = new ArrayList<>();
        return addTags(names);
    }

    @Override
    protected void writeRequestFields(ObjectNode item) {
        super.writeRequestFields(item);
        if (this.tagsChanged || (isNew() && !getTags().isEmpty())) {
            ArrayNode array = item.putArray("tags");
            getTagNames().forEach(array::add);
        }
    }

    @Override
    protected void clearChanges() {
        super.clearChanges();
        this.tagsChanged = false;
    }
}
