package io.github.amocrmspring.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecretRedactorTests {

    @Test
    void shouldHideSecretJsonProperties() {
        String body = "{\"client_id\":\"id\",\"client_secret\":\"s3cr3t\",\"code\":\"c0de\",\"refresh_token\":\"rt\","
                + "\"access_token\":\"at\",\"USER_HASH\":\"hash\",\"name\":\"Lead\"}";

        String redacted = SecretRedactor.redact(body, List.of());

        assertThat(redacted)
                .doesNotContain("s3cr3t", "c0de", "\"rt\"", "\"at\"", "hash")
                .contains("Lead", "\"id\"");
    }

    @Test
    void shouldHideSecretQueryParameters() {
        String url = "https://acme.amocrm.ru/api/v2/leads?api_key=k3y&USER_HASH=h4sh&limit_rows=5";

        assertThat(SecretRedactor.redact(url, List.of()))
                .doesNotContain("k3y", "h4sh")
                .contains("limit_rows=5");
    }

    @Test
    void shouldHideKnownSecretValuesWhereverTheyAppear() {
        String text = "error for token abcd1234efgh in some text, encoded abcd%2B1234";

        String redacted = SecretRedactor.removeValues(text, List.of("abcd1234efgh", "abcd+1234"));

        assertThat(redacted).doesNotContain("abcd1234efgh", "abcd%2B1234");
    }
}
