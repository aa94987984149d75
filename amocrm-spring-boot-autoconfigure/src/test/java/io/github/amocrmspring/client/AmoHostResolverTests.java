package io.github.amocrmspring.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class AmoHostResolverTests {

    private final AmoHostResolver resolver = new AmoHostResolver("amocrm.ru", "https://{host}");

    @Test
    void shouldAppendDomainToSubdomain() {
        assertThat(this.resolver.resolveHost("acme")).isEqualTo("acme.amocrm.ru");
    }

    @Test
    void shouldKeepFullHostsOfEveryDomain() {
        assertThat(this.resolver.resolveHost("acme.amocrm.com")).isEqualTo("acme.amocrm.com");
        assertThat(this.resolver.resolveHost("acme.kommo.com")).isEqualTo("acme.kommo.com");
        assertThat(this.resolver.resolveHost("Acme.AmoCRM.ru")).isEqualTo("acme.amocrm.ru");
    }

    @Test
    void shouldTakeHostOutOfUrlOrReferer() {
        assertThat(this.resolver.resolveHost("https://acme.amocrm.ru/leads?x=1"))
                .isEqualTo("acme.amocrm.ru");
        assertThat(this.resolver.resolveHost("acme.amocrm.ru:443")).isEqualTo("acme.amocrm.ru");
    }

    @Test
    void shouldRefuseValuesThatAreNotHosts() {
        assertThatIllegalArgumentException().isThrownBy(() -> this.resolver.resolveHost("evil host"));
        assertThatIllegalArgumentException().isThrownBy(() -> this.resolver.resolveHost(""));
        assertThatIllegalArgumentException().isThrownBy(() -> this.resolver.resolveHost("a..b"));
    }

    @Test
    void shouldBuildUrlsFromTemplate() {
        AmoHostResolver fake = new AmoHostResolver("kommo.com", "http://127.0.0.1:41234/{host}/");

        assertThat(fake.uri("acme.kommo.com", "/api/v2/leads?id=1"))
                .hasToString("http://127.0.0.1:41234/acme.kommo.com/api/v2/leads?id=1");
        assertThat(fake.oauthHost()).isEqualTo("www.kommo.com");
    }
}
