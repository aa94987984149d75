package io.github.amocrmspring.docs.cookbook;

import io.github.amocrmspring.client.AmoResponse;
import io.github.amocrmspring.client.AmoTemplate;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/** The AJAX example of the cookbook. */
final class AjaxExamples {

    private static final Logger log = LoggerFactory.getLogger(AjaxExamples.class);

    private AjaxExamples() {}

    static JsonNode contactsList(AmoTemplate amo) {
        // tag::ajax[]
        Map<String, Object> form = Map.of(
                "filter", Map.of("cf", Map.of("681165", Map.of("from", "30.03.2022", "to", "30.03.2022"))),
                "useFilter", "y",
                "element_type", 1,
                "json", 1,
                "page", 1);
        AmoResponse response = amo.ajax("/ajax/contacts/list", form);

        for (JsonNode item : response.body().path("response").path("items")) {
            log.info(
                    "{}: {}",
                    item.path("id").asLong(),
                    item.path("name").path("text").asString());
        }
        // end::ajax[]
        return response.body();
    }
}
