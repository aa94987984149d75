package io.github.amocrmspring.sample.demo;

import io.github.amocrmspring.test.server.AmoFakeServer;
import io.github.amocrmspring.test.server.FakeAccount;
import io.github.amocrmspring.test.server.FakeIntegration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded fake amoCRM and points the starter at it when no OAuth integration is configured.
 *
 * <p>With {@code amocrm.oauth.client-id}, {@code client-secret} and {@code redirect-uri} all set, it does nothing
 * and the application works with real amoCRM or Kommo accounts; with only some of them set, start-up fails and
 * names the missing ones. Otherwise, before any bean reads its settings, it:
 * <ol>
 * <li>starts an {@link AmoFakeServer} on a free loopback port, seeded with demo data;
 * <li>registers an integration whose redirect URI is this application's {@code /oauth/callback} on
 * {@code localhost}, which is why it needs to know the application's port in advance (a random port,
 * {@code server.port=0}, is chosen here rather than by the web server);
 * <li>adds a property source with the {@code amocrm.*} settings of that integration and the fake's base URL, and
 * {@code sample.demo=true} so that every page says it runs in demo mode;
 * <li>registers the fake as the bean {@value #FAKE_BEAN_NAME}, stopped when the context closes.
 * </ol>
 */
public class DemoModeInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** Name of the property source demo mode adds. */
    public static final String PROPERTY_SOURCE_NAME = "amocrmSampleDemoMode";

    /** Name of the fake amoCRM's bean. */
    public static final String FAKE_BEAN_NAME = "amoFakeServer";

    /** Settings that, all together, describe a real OAuth integration. */
    public static final List<String> INTEGRATION_SETTINGS =
            List.of("amocrm.oauth.client-id", "amocrm.oauth.client-secret", "amocrm.oauth.redirect-uri");

    /** A second account of the fake, so that the authorization page offers a choice, on Kommo's domain. */
    static final String SECOND_ACCOUNT = "globex.kommo.com";

    private static final Logger logger = LoggerFactory.getLogger(DemoModeInitializer.class);

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        if (isIntegrationConfigured(environment)) {
            logger.info("Using the configured amoCRM integration; demo mode is off");
            return;
        }
        int port = applicationPort(environment);
        String contextPath = environment.getProperty("server.servlet.context-path", "");
        String redirectUri = "http://localhost:" + port + contextPath + "/oauth/callback";

        AmoFakeServer fake = AmoFakeServer.builder()
                .account(AmoFakeServer.DEFAULT_ACCOUNT)
                .account(SECOND_ACCOUNT)
                .demoData(true)
                .build()
                .start();
        FakeIntegration integration = fake.registerIntegration(redirectUri);
        register(context.getBeanFactory(), fake);

        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("server.port", port);
        settings.put("amocrm.base-url", fake.baseUrlTemplate());
        settings.put("amocrm.oauth.client-id", integration.clientId());
        settings.put("amocrm.oauth.client-secret", integration.clientSecret());
        settings.put("amocrm.oauth.redirect-uri", redirectUri);
        settings.put("sample.demo", true);
        settings.put(
                "sample.extra-account-hosts",
                fake.accounts().stream().map(FakeAccount::host).collect(Collectors.joining(",")));
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, settings));
        logger.info(
                "Demo mode: no amoCRM integration is configured, so a fake amoCRM with demo data runs at {} "
                        + "(accounts {}). Open http://localhost:{}{}/",
                fake.baseUrl(""),
                settings.get("sample.extra-account-hosts"),
                port,
                contextPath);
    }

    private static boolean isIntegrationConfigured(ConfigurableEnvironment environment) {
        List<String> missing = INTEGRATION_SETTINGS.stream()
                .filter((key) -> !StringUtils.hasText(environment.getProperty(key)))
                .toList();
        if (missing.isEmpty()) {
            return true;
        }
        if (missing.size() < INTEGRATION_SETTINGS.size()) {
            throw new IllegalStateException("An amoCRM integration needs all of " + INTEGRATION_SETTINGS + "; missing "
                    + missing + ". Set them all to use a real account, or none for demo mode.");
        }
        return false;
    }

    private static int applicationPort(ConfigurableEnvironment environment) {
        int port = environment.getProperty("server.port", Integer.class, 8080);
        if (port != 0) {
            return port;
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException ex) {
            throw new UncheckedIOException("No free port for the sample application", ex);
        }
    }

    private static void register(ConfigurableListableBeanFactory beanFactory, AmoFakeServer fake) {
        beanFactory.registerSingleton(FAKE_BEAN_NAME, fake);
        if (beanFactory instanceof DefaultSingletonBeanRegistry registry) {
            registry.registerDisposableBean(FAKE_BEAN_NAME, fake::close);
        }
    }
}
