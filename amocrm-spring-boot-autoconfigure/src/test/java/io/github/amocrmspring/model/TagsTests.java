package io.github.amocrmspring.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class TagsTests {

    private final JsonMapper mapper = JsonMapper.shared();

    @Test
    void shouldSendTagNamesOfANewEntity() {
        Lead lead = new Lead("Order").addTags("shareholder", "vip", "shareholder");

        assertThat(lead.toRequestItem().get("tags").toString()).isEqualTo("[\"shareholder\",\"vip\"]");
    }

    @Test
    void shouldSendNoTagsWhenAnUpdateDidNotTouchThem() {
        Contact contact = this.mapper.readValue("{\"id\":1,\"tags\":[{\"id\":5,\"name\":\"courier\"}]}", Contact.class);

        assertThat(contact.toRequestItem().has("tags")).isFalse();
    }

    @Test
    void shouldSendTheWholeSetAfterAddingAndRemoving() {
        Contact contact = this.mapper.readValue(
                "{\"id\":1,\"tags\":[{\"id\":5,\"name\":\"courier\"},{\"id\":6,\"name\":\"old\"}]}", Contact.class);

        contact.addTags(List.of("employee", "intern")).removeTags("courier");

        assertThat(contact.getTagNames()).containsExactly("old", "employee", "intern");
        assertThat(contact.toRequestItem().get("tags").toString()).isEqualTo("[\"old\",\"employee\",\"intern\"]");
    }

    @Test
    void shouldSendAnEmptySetWhenTheLastTagIsRemoved() {
        Company company = this.mapper.readValue("{\"id\":1,\"tags\":[{\"id\":5,\"name\":\"last\"}]}", Company.class);

        company.removeTags("last");

        assertThat(company.getTags()).isEmpty();
        assertThat(company.toRequestItem().get("tags").toString()).isEqualTo("[]");
    }

    @Test
    void shouldForgetTagChangesOnceSaved() {
        Company company = new Company("Acme").addTags("a");

        company.markSaved(10, null);

        assertThat(company.toRequestItem().has("tags")).isFalse();
        assertThat(company.getTagNames()).containsExactly("a");
    }
}
