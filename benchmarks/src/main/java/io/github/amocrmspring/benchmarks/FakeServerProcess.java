package io.github.amocrmspring.benchmarks;

import io.github.amocrmspring.test.server.AmoFakeServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Runs a fake amoCRM server in a JVM of its own, so that its stored leads do not count in the heap of the client
 * measured beside it.
 *
 * <p>Arguments: the number of leads to seed and the latency per request in milliseconds. When ready it prints
 * {@code READY <base URL template> <account host> <long-lived token>}. On the input line {@code journal} it prints
 * {@code JOURNAL <GET /api/v2/leads requests> <429 answers>}; at the end of its input it stops.
 */
public final class FakeServerProcess {

    static final String READY = "READY";

    static final String JOURNAL = "JOURNAL";

    private FakeServerProcess() {}

    public static void main(String[] args) throws Exception {
        int leads = Integer.parseInt(args[0]);
        Duration latency = Duration.ofMillis(Long.parseLong(args[1]));

        try (AmoFakeServer amo = AmoFakeServer.builder().build()) {
            String host = amo.defaultAccount().host();
            amo.defaultAccount().seedLeads(leads);
            String token = amo.issueLongLivedToken(host);
            amo.latency(latency).start();
            System.out.println(READY + " " + amo.baseUrlTemplate() + " " + host + " " + token);

            BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = input.readLine()) != null) {
                if (line.equals("journal")) {
                    System.out.println(JOURNAL + " " + amo.journal().count("GET", "/api/v2/leads") + " "
                            + amo.journal().countWithStatus(429));
                }
            }
        }
    }
}
