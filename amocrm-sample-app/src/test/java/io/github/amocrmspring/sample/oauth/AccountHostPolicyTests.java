package io.github.amocrmspring.sample.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountHostPolicyTests {

    private final AccountHostPolicy policy = new AccountHostPolicy(Set.of("demo.fake.test"));

    @ParameterizedTest
    @ValueSource(strings = {"acme.amocrm.ru", "acme.amocrm.com", "acme.kommo.com", "a.amocrm.ru", "my-shop2.kommo.com"})
    void shouldAcceptAccountHostsOfAmoCrmAndKommo(String referer) {
        assertThat(this.policy.accountHost(referer)).contains(referer);
    }

    @Test
    void shouldLowerCaseTheAccountHost() {
        assertThat(this.policy.accountHost("ACME.AmoCRM.ru")).contains("acme.amocrm.ru");
    }

    @Test
    void shouldAcceptExtraHostsExactly() {
        assertThat(this.policy.accountHost("Demo.Fake.Test")).contains("demo.fake.test");
        assertThat(this.policy.accountHost("x.demo.fake.test")).isEmpty();
        assertThat(this.policy.accountHost("demo.fake.test.evil.com")).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                " ",
                "amocrm.ru",
                ".amocrm.ru",
                "www.amocrm.ru",
                "www.kommo.com",
                "evil.com",
                "evil.com/.amocrm.ru",
                "evil.com\\.amocrm.ru",
                "evil.com?.amocrm.ru",
                "evil.com#.amocrm.ru",
                "evil.com%2F.amocrm.ru",
                "amocrm.ru.evil.com",
                "acme.amocrm.ru.evil.com",
                "acme.amocrm.ru.",
                "acme.amocrm.ru:443",
                "acme.amocrm.ru:8080",
                "evil.com:443@acme.amocrm.ru",
                "acme.amocrm.ru@evil.com",
                "user@acme.amocrm.ru",
                "https://acme.amocrm.ru",
                "http://acme.amocrm.ru",
                "//acme.amocrm.ru",
                "acme.amocrm.ru/",
                "acme.amocrm.ru/oauth2/access_token",
                "sub.acme.amocrm.ru",
                "evil.com.acme.amocrm.ru",
                "-acme.amocrm.ru",
                "acme-.amocrm.ru",
                "ac_me.amocrm.ru",
                "acme.amocrm.org",
                "acme.amocrm.rus",
                "acme.kommo.ru",
                "acme..amocrm.ru",
                " acme.amocrm.ru",
                "acme.amocrm.ru ",
                "acme.amocrm.ru\n",
                "acme.amocrm.ru,evil.com",
                "acme.amocrm.ru;evil.com",
                "аcme.amocrm.ru",
                "acme.amocrm.ru\u0000.evil.com",
                "127.0.0.1",
                "localhost"
            })
    void shouldRefuseAnythingButAnAccountHost(String referer) {
        assertThat(this.policy.accountHost(referer)).isEmpty();
    }

    @Test
    void shouldRefuseALabelLongerThanDnsAllows() {
        assertThat(this.policy.accountHost("a".repeat(63) + ".amocrm.ru")).isPresent();
        assertThat(this.policy.accountHost("a".repeat(64) + ".amocrm.ru")).isEmpty();
    }
}
