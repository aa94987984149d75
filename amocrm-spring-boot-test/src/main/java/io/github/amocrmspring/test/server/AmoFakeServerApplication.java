package io.github.amocrmspring.test.server;

import java.util.concurrent.CountDownLatch;

/**
 * Runs a fake amoCRM server on its own, filled with demo data, for demos and manual exploration.
 *
 * <p>Usage: {@code java -cp … io.github.amocrmspring.test.server.AmoFakeServerApplication [port]} (default 8089). It
 * prints the base URL, an OAuth integration, a long-lived token and an API-key user, then serves until stopped.
 */
public final class AmoFakeServerApplication {

    private AmoFakeServerApplication() {}

    /** Starts the server on the port given as the first argument (default 8089) and serves until stopped. */
    public static void main(String[] args) throws InterruptedException {
        int port = (args.length > 0) ? Integer.parseInt(args[0]) : 8089;
        AmoFakeServer server =
                AmoFakeServer.builder().port(port).demoData(true).build().start();
        String host = server.defaultAccount().host();
        FakeIntegration integration = server.registerIntegration(
                "11111111-2222-3333-4444-555555555555", "demo-secret", "http://localhost:8080/oauth/callback");
        String token = server.issueLongLivedToken(host);
        server.addApiKeyUser(host, "demo@example.ru", "demo-api-key");
        System.out.println("Fake amoCRM server is running.");
        System.out.println("  amocrm.base-url=" + server.baseUrlTemplate());
        System.out.println("  account:        " + server.baseUrl(host));
        System.out.println("  authorize page: " + server.authorizeUrl() + "?client_id=" + integration.clientId());
        System.out.println("  oauth client:   id=" + integration.clientId() + " secret=" + integration.clientSecret()
                + " redirect-uri=" + integration.redirectUri());
        System.out.println("  long-lived token for " + host + ": " + token);
        System.out.println("  API-key user:   demo@example.ru / demo-api-key");
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        new CountDownLatch(1).await();
    }
}
