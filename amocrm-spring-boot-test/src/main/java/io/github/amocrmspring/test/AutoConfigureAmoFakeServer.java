package io.github.amocrmspring.test;

import io.github.amocrmspring.test.server.AmoFakeServer;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Starts a fake amoCRM server for a Spring test context, registers it as the {@link AmoFakeServer} bean and points
 * the application's {@code amocrm.*} properties at it.
 *
 * <p>The properties set are {@code amocrm.base-url} (the server's URL template), {@code amocrm.default-account},
 * {@code amocrm.accounts.<name>.host}, {@code amocrm.accounts.<name>.access-token} (a long-lived token for the
 * account), and {@code amocrm.oauth.client-id}, {@code client-secret} and {@code redirect-uri} of an integration the
 * server registered. The server lives as long as the (cached) context.
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureAmoFakeServer
 * class LeadServiceTests {
 *     @Autowired AmoFakeServer amo;
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureAmoFakeServer {

    /** Name of the account in {@code amocrm.accounts.<name>}. */
    String accountName() default "acme";

    /** Host of the account. */
    String accountHost() default AmoFakeServer.DEFAULT_ACCOUNT;

    /** Redirect URI of the OAuth integration the server registers. */
    String redirectUri() default "http://localhost/amocrm/oauth/callback";

    /** Whether to fill the account with demo data. */
    boolean demoData() default false;

    /** Requests the server accepts per account in any second; 0 turns its rate limit off. */
    int requestsPerSecond() default 7;
}
