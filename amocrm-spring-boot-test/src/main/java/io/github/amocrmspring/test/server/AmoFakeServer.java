package io.github.amocrmspring.test.server;

import com.sun.net.httpserver.HttpServer;
import io.github.amocrmspring.test.server.Authorizations.ApiKeyUser;
import io.github.amocrmspring.test.server.Authorizations.Grant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stateful fake of the amoCRM REST API v2, running in-process on {@code 127.0.0.1}, for tests and demos.
 *
 * <p>One server serves every account under a path prefix: {@code http://127.0.0.1:<port>/<host>/<path>}, for
 * example {@code /acme.amocrm.ru/api/v2/leads} or {@code /www.amocrm.ru/oauth}. A client whose base URL is the
 * template {@link #baseUrlTemplate()} ({@code http://127.0.0.1:<port>/{host}}) therefore talks to the fake for every
 * account. It implements OAuth 2.0 (authorize page, both grants, rotating refresh tokens), long-lived tokens, the
 * legacy API-key login, amoCRM's rate limit and account block, and the entity endpoints with their list parameters
 * and batch rules. Tests control it through {@link #clock()}, {@link #journal()}, {@link #failNext(int, int)},
 * {@link #dropNext(int)} and {@link #latency(Duration)}.
 *
 * <pre>{@code
 * try (AmoFakeServer amo = AmoFakeServer.create()) {
 *     String token = amo.issueLongLivedToken("acme.amocrm.ru");
 *     // GET amo.baseUrl("acme.amocrm.ru") + "/api/v2/leads" with "Authorization: Bearer " + token
 * }
 * }</pre>
 *
 * <p>The HTTP engine is the JDK's {@code com.sun.net.httpserver}: it needs no dependency, and closing an exchange
 * before any header was sent closes the socket, which is exactly the "dropped connection" tests need.
 */
public final class AmoFakeServer implements AutoCloseable {

    private static final Logger logger = LoggerFactory.getLogger(AmoFakeServer.class);

    /** Host of the account every server has unless the builder names others. */
    public static final String DEFAULT_ACCOUNT = "acme.amocrm.ru";

    private final Builder settings;

    private final FakeClock clock;

    private final RequestJournal journal = new RequestJournal();

    private final Faults faults = new Faults();

    private final RateLimits rateLimits;

    private final Authorizations authorizations;

    private final AtomicLong ids = new AtomicLong(20_000_000);

    private final Map<String, FakeAccount> accounts = new ConcurrentSkipListMap<>();

    private HttpServer httpServer;

    private ExecutorService executor;

    private AmoFakeServer(Builder builder) {
        this.settings = builder;
        this.clock = (builder.clockStart != null) ? new FakeClock(builder.clockStart) : new FakeClock();
        this.rateLimits = new RateLimits(
                builder.requestsPerSecond,
                builder.violationsBeforeBlock,
                builder.violationWindow,
                builder.blockDuration);
        this.authorizations = new Authorizations(this.clock);
        for (String host : builder.accounts.isEmpty() ? List.of(DEFAULT_ACCOUNT) : builder.accounts) {
            addAccount(host);
        }
        if (builder.demoData) {
            DemoData.populate(this);
        }
    }

    /** Creates and starts a server on a free port with the default account {@value #DEFAULT_ACCOUNT}. */
    public static AmoFakeServer create() {
        return builder().build().start();
    }

    /** Returns a builder for a server with chosen accounts, port and limits. */
    public static Builder builder() {
        return new Builder();
    }

    // ---- lifecycle ----

    /** Starts listening on {@code 127.0.0.1}; returns this server. */
    public synchronized AmoFakeServer start() {
        if (this.httpServer != null) {
            return this;
        }
        try {
            InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), this.settings.port);
            HttpServer server = HttpServer.create(address, 200);
            OAuthEndpoints oauth = new OAuthEndpoints(this.authorizations, this::findAccount, this.accounts.values());
            FakeRouter router = new FakeRouter(
                    this,
                    oauth,
                    new ApiAuthentication(this.authorizations),
                    new EntityEndpoint(this.settings.oversizedBatchStatus));
            server.createContext("/", new FakeHttpHandler(this, router));
            this.executor = Executors.newCachedThreadPool(daemonThreads());
            server.setExecutor(this.executor);
            server.start();
            this.httpServer = server;
            logger.debug("Fake amoCRM server listening on {} for {}", baseUrlTemplate(), this.accounts.keySet());
            return this;
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot start the fake amoCRM server on port " + this.settings.port, ex);
        }
    }

    /** Stops the server; its state is kept, and {@link #start()} serves it again (on a new port when it was 0). */
    public synchronized void stop() {
        if (this.httpServer == null) {
            return;
        }
        this.httpServer.stop(0);
        this.executor.shutdownNow();
        try {
            this.executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        this.httpServer = null;
        this.executor = null;
    }

    /** Stops the server. */
    @Override
    public void close() {
        stop();
    }

    /** Whether the server is listening. */
    public synchronized boolean isRunning() {
        return this.httpServer != null;
    }

    /** Returns the port the server listens on. */
    public synchronized int port() {
        if (this.httpServer == null) {
            throw new IllegalStateException("The fake amoCRM server is not running");
        }
        return this.httpServer.getAddress().getPort();
    }

    /** Returns the base URL template for clients, {@code http://127.0.0.1:<port>/{host}}. */
    public String baseUrlTemplate() {
        return "http://127.0.0.1:" + port() + "/{host}";
    }

    /** Returns the base URL of one host, such as {@code http://127.0.0.1:<port>/acme.amocrm.ru}. */
    public String baseUrl(String host) {
        return "http://127.0.0.1:" + port() + "/" + host;
    }

    /** Returns the URL of the authorize page on {@code www.amocrm.ru}. */
    public String authorizeUrl() {
        return baseUrl("www.amocrm.ru") + "/oauth";
    }

    // ---- accounts ----

    /** Returns the account with a host, or throws when the server has none. */
    public FakeAccount account(String host) {
        FakeAccount account = findAccount(host);
        if (account == null) {
            throw new IllegalArgumentException(
                    "The fake amoCRM server has no account " + host + "; known: " + this.accounts.keySet());
        }
        return account;
    }

    /** Returns the default account {@value #DEFAULT_ACCOUNT}, or the first account when it was not created. */
    public FakeAccount defaultAccount() {
        FakeAccount account = findAccount(DEFAULT_ACCOUNT);
        return (account != null) ? account : this.accounts.values().iterator().next();
    }

    /** Returns every account, ordered by host. */
    public Collection<FakeAccount> accounts() {
        return List.copyOf(this.accounts.values());
    }

    /**
     * Adds an account, or returns the existing one with that host. A bare subdomain gets {@code .amocrm.ru}; full
     * hosts on {@code amocrm.ru}, {@code amocrm.com}, {@code kommo.com} or any other domain are kept as given.
     */
    public FakeAccount addAccount(String host) {
        String normalized = normalizeHost(host);
        if (FakeRouter.SHARED_HOSTS.contains(normalized)) {
            throw new IllegalArgumentException(normalized + " is the shared OAuth host, not an account");
        }
        return this.accounts.computeIfAbsent(
                normalized, (key) -> new FakeAccount(key, this.ids.incrementAndGet(), this.ids, this.clock));
    }

    FakeAccount findAccount(String host) {
        return (host != null) ? this.accounts.get(normalizeHost(host)) : null;
    }

    // ---- credentials ----

    /** Registers an OAuth integration; its client id, secret and redirect URI are checked by the token endpoint. */
    public FakeIntegration registerIntegration(String clientId, String clientSecret, String redirectUri) {
        FakeIntegration integration = new FakeIntegration(clientId, clientSecret, redirectUri);
        this.authorizations.register(integration);
        return integration;
    }

    /** Registers an OAuth integration with a random client id (a UUID) and secret. */
    public FakeIntegration registerIntegration(String redirectUri) {
        return registerIntegration(UUID.randomUUID().toString(), Authorizations.randomHex(64), redirectUri);
    }

    /** Returns the integrations registered so far. */
    public List<FakeIntegration> integrations() {
        return this.authorizations.integrations();
    }

    /** Issues an authorization code for an account, as the authorize page does when the user allows access. */
    public String issueAuthorizationCode(String host, String clientId) {
        requireIntegration(clientId);
        FakeAccount account = account(host);
        return this.authorizations.issueCode(account.host(), clientId, account.adminUserId());
    }

    /** Issues an access and refresh token pair, as a code exchange would. */
    public IssuedTokens issueTokens(String host, String clientId) {
        requireIntegration(clientId);
        FakeAccount account = account(host);
        Grant grant =
                this.authorizations.issueGrant(account.host(), account.id(), clientId, account.adminUserId(), null);
        return new IssuedTokens(grant.accessToken, grant.refreshToken, grant.accessExpiresAt);
    }

    /** Issues a long-lived token for an account's admin, valid for one year on the fake clock. */
    public String issueLongLivedToken(String host) {
        return issueLongLivedToken(host, Duration.ofDays(365));
    }

    /** Issues a long-lived token (no refresh token) for an account's admin, valid for a duration. */
    public String issueLongLivedToken(String host, Duration lifetime) {
        FakeAccount account = account(host);
        return this.authorizations.issueLongLived(account.host(), account.id(), account.adminUserId(), lifetime)
                .accessToken;
    }

    /** Revokes every token of an account, as when its admin disables the integration; later calls get 401. */
    public void revokeTokens(String host) {
        this.authorizations.revokeAll(account(host).host());
    }

    /** Revokes one access token; later calls with it get 401. */
    public void revokeAccessToken(String accessToken) {
        this.authorizations.revokeAccessToken(accessToken);
    }

    /** Adds a user who logs in with a login (e-mail) and an API key; returns the user's id. */
    public long addApiKeyUser(String host, String login, String apiKey) {
        FakeAccount account = account(host);
        long userId = account.addUser(login, login);
        this.authorizations.addApiKeyUser(new ApiKeyUser(account.host(), login, apiKey, userId));
        return userId;
    }

    // ---- test controls ----

    /** Returns the controllable clock used for token, code and session lifetimes and entity timestamps. */
    public FakeClock clock() {
        return this.clock;
    }

    /** Returns the journal of every request received. */
    public RequestJournal journal() {
        return this.journal;
    }

    /** Answers the next request with a status (401, 403, 429, 500, 502, 503 or 504 get amoCRM-like bodies). */
    public AmoFakeServer failNext(int status) {
        return failNext(status, 1);
    }

    /** Answers the next {@code count} requests with a status, whatever their host; they do not reach any state. */
    public AmoFakeServer failNext(int status, int count) {
        return failNext(null, status, count);
    }

    /**
     * Answers the next {@code count} requests to a path (such as {@code /oauth2/access_token}, on any host) with a
     * status; requests to other paths are answered normally.
     */
    public AmoFakeServer failNext(String path, int status, int count) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("A forced failure needs an HTTP error status, got " + status);
        }
        this.faults.failNext(status, count, path);
        return this;
    }

    /**
     * Closes the connection of the next {@code count} requests without any answer. Some HTTP clients (the JDK's
     * {@code HttpClient} among them) silently resend a {@code GET} once when a reused connection closes before any
     * answer; to make such a client see the failure, drop one request more than it resends.
     */
    public AmoFakeServer dropNext(int count) {
        this.faults.failNext(Faults.DROP, count, null);
        return this;
    }

    /** Delays every answer by a duration (zero to stop). */
    public AmoFakeServer latency(Duration latency) {
        this.faults.latency(latency);
        return this;
    }

    /** Whether an account is blocked for exceeding the rate limit repeatedly. */
    public boolean isBlocked(String host) {
        return this.rateLimits.isBlocked(account(host).host());
    }

    /** Lifts an account's block and forgets its recent requests. */
    public void unblock(String host) {
        this.rateLimits.unblock(account(host).host());
    }

    /**
     * Clears what tests change: every account's entities (see {@link FakeAccount#reset()}; demo data is seeded
     * again if the server had it), OAuth codes, token pairs and sessions, the journal, planned faults and latency,
     * rate-limit history and blocks, and sets the clock to the current time. Accounts with their users, pipelines and
     * custom fields, integrations, API-key users and long-lived tokens are kept, so a client configured against the
     * server keeps working.
     */
    public void reset() {
        this.clock.reset();
        this.journal.clear();
        this.faults.reset();
        this.rateLimits.reset();
        this.authorizations.reset();
        for (FakeAccount account : this.accounts.values()) {
            account.reset();
        }
        if (this.settings.demoData) {
            DemoData.populate(this);
        }
    }

    Faults faults() {
        return this.faults;
    }

    RateLimits rateLimits() {
        return this.rateLimits;
    }

    private void requireIntegration(String clientId) {
        if (this.authorizations.integration(clientId) == null) {
            throw new IllegalArgumentException(
                    "No integration with client id " + clientId + " is registered with the fake amoCRM server");
        }
    }

    static String normalizeHost(String host) {
        String normalized = host.trim().toLowerCase(Locale.ROOT);
        return normalized.contains(".") ? normalized : normalized + ".amocrm.ru";
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger counter = new AtomicInteger();
        return (runnable) -> {
            Thread thread = new Thread(runnable, "amo-fake-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Builder of an {@link AmoFakeServer}. */
    public static final class Builder {

        private int port;

        private final List<String> accounts = new ArrayList<>();

        private int requestsPerSecond = 7;

        private int violationsBeforeBlock = 3;

        private Duration violationWindow = Duration.ofMinutes(1);

        private Duration blockDuration = Duration.ofMinutes(5);

        private int oversizedBatchStatus = 400;

        private Instant clockStart;

        private boolean demoData;

        private Builder() {}

        /** Port to listen on; 0 (the default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Adds an account by host (or bare subdomain); without any, the server has {@value #DEFAULT_ACCOUNT}. */
        public Builder account(String host) {
            this.accounts.add(host);
            return this;
        }

        /**
         * Requests accepted per account within any one second, measured on real time (default 7); the next one gets
         * 429. Refused requests do not count. 0 turns the rate limit off.
         */
        public Builder requestsPerSecond(int requestsPerSecond) {
            this.requestsPerSecond = requestsPerSecond;
            return this;
        }

        /** Number of 429 answers within the violation window that block the account (default 3; 0 never blocks). */
        public Builder violationsBeforeBlock(int violationsBeforeBlock) {
            this.violationsBeforeBlock = violationsBeforeBlock;
            return this;
        }

        /** Window in which 429 answers are counted towards a block (default one minute). */
        public Builder violationWindow(Duration violationWindow) {
            this.violationWindow = violationWindow;
            return this;
        }

        /** How long a blocked account gets 403 to every request (default five minutes, real time). */
        public Builder blockDuration(Duration blockDuration) {
            this.blockDuration = blockDuration;
            return this;
        }

        /** Status of a batch of more than 500 items: 400 (the default) or 504, as amoCRM answers a heavy batch. */
        public Builder oversizedBatchStatus(int status) {
            if (status != 400 && status != 504) {
                throw new IllegalArgumentException("The oversized batch status must be 400 or 504, got " + status);
            }
            this.oversizedBatchStatus = status;
            return this;
        }

        /** Instant the fake clock starts at (default: now, truncated to seconds). */
        public Builder clockStart(Instant clockStart) {
            this.clockStart = clockStart;
            return this;
        }

        /** Whether to fill the default account with demo users, pipelines, contacts, companies and leads. */
        public Builder demoData(boolean demoData) {
            this.demoData = demoData;
            return this;
        }

        /** Builds the server without starting it. */
        public AmoFakeServer build() {
            return new AmoFakeServer(this);
        }
    }
}
