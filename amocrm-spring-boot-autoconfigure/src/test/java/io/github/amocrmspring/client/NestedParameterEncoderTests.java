package io.github.amocrmspring.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class NestedParameterEncoderTests {

    @Test
    void shouldEncodeNestedMapsAsBracketedKeys() {
        Map<String, Object> params = Map.of("filter", Map.of("date_create", Map.of("from", 1600000000)));

        assertThat(NestedParameterEncoder.encode(params)).isEqualTo("filter%5Bdate_create%5D%5Bfrom%5D=1600000000");
    }

    @Test
    void shouldEncodeListsWithExplicitIndices() {
        Map<String, Object> params = Map.of("filter", Map.of("task_type", List.of(1, 3)));

        assertThat(NestedParameterEncoder.encode(params))
                .isEqualTo("filter%5Btask_type%5D%5B0%5D=1&filter%5Btask_type%5D%5B1%5D=3");
    }

    @Test
    void shouldEncodeBooleansAsDigitsAndOmitNullsAndEmptyArrays() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("a", true);
        params.put("b", false);
        params.put("c", null);
        params.put("d", new ArrayList<>());
        params.put("e", Map.of());
        params.put("f", 1.5);
        params.put("g", 2.0);

        assertThat(NestedParameterEncoder.encode(params)).isEqualTo("a=1&b=0&f=1.5&g=2");
    }

    @Test
    void shouldEncodeAsRfc1738FormData() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("query", "a b,c/d~e*f.g-h_i");
        params.put("name", "Сделка");

        assertThat(NestedParameterEncoder.encode(params))
                .isEqualTo("query=a+b%2Cc%2Fd%7Ee%2Af.g-h_i&name=%D0%A1%D0%B4%D0%B5%D0%BB%D0%BA%D0%B0");
    }

    @Test
    void shouldEncodeAjaxFormLikeTheWebInterface() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("filter", Map.of("cf", Map.of("681165", Map.of("from", "30.03.2022"))));
        form.put("useFilter", "y");
        form.put("element_type", 1);
        form.put("json", 1);
        form.put("page", 1);

        assertThat(NestedParameterEncoder.encode(form))
                .isEqualTo("filter%5Bcf%5D%5B681165%5D%5Bfrom%5D=30.03.2022&useFilter=y&element_type=1&json=1&page=1");
    }

    @Test
    void shouldEncodeJsonNodesLikeMapsAndLists() {
        var node = JsonMapper.builder().build().readTree("{\"id\":[1,2],\"flag\":true,\"none\":null,\"s\":\"x y\"}");

        assertThat(NestedParameterEncoder.encode(Map.of("p", node)))
                .isEqualTo("p%5Bid%5D%5B0%5D=1&p%5Bid%5D%5B1%5D=2&p%5Bflag%5D=1&p%5Bs%5D=x+y");
    }

    @Test
    void shouldAppendQueryToPathThatHasOne() {
        AmoRequest request = AmoRequest.get("/private/api/auth.php?type=json", Map.of("a", 1));

        assertThat(request.pathAndQuery()).isEqualTo("/private/api/auth.php?type=json&a=1");
    }
}
