package io.github.amocrmspring.autoconfigure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Configuration properties of the amoCRM client.
 */
@ConfigurationProperties("amocrm")
@Validated
public class AmoProperties {

    /**
     * Domain of accounts given by subdomain only: amocrm.ru, amocrm.com or kommo.com.
     */
    @NotBlank
    @Pattern(regexp = "[A-Za-z0-9.-]+", message = "must be a domain name such as amocrm.ru or kommo.com")
    private String domain = "amocrm.ru";

    /**
     * Base URL of an account, with a {host} placeholder for the account host.
     */
    @NotBlank
    @Pattern(regexp = "https?://.*\\{host}.*", message = "must be an http(s) URL with a {host} placeholder")
    private String baseUrl = "https://{host}";

    /**
     * Account used when none is named: a configured account name, a subdomain or a host.
     */
    private String defaultAccount;

    /**
     * Accounts with their own credentials, by name.
     */
    @Valid
    private Map<String, Account> accounts = new LinkedHashMap<>();

    /**
     * Whether to log every request and answer (secrets removed) at DEBUG under the io.github.amocrmspring.wire
     * logger.
     */
    private boolean debug;

    /**
     * User-Agent header of every request.
     */
    @NotBlank
    private String userAgent = "amoCRM-API-client/2.0";

    /**
     * Time to wait for a connection to amoCRM.
     */
    @DurationRange(min = "PT0.001S", max = "PT10M")
    private Duration connectTimeout = Duration.ofSeconds(30);

    /**
     * Time to wait for an answer from amoCRM.
     */
    @DurationRange(min = "PT0.001S", max = "PT1H")
    private Duration readTimeout = Duration.ofSeconds(30);

    /**
     * HTTP statuses that count as success.
     */
    @NotEmpty
    private Set<@Min(100) @Max(599) Integer> successStatusCodes = new LinkedHashSet<>(Set.of(200, 202, 204));

    /**
     * Number of entities asked for per page when reading lists.
     */
    @Min(value = 1, message = "must be between 1 and 500")
    @Max(value = 500, message = "must be between 1 and 500")
    private int pageSize = 500;

    /**
     * Number of entities sent per request when saving many.
     */
    @Min(value = 1, message = "must be between 1 and 500")
    @Max(value = 500, message = "must be between 1 and 500")
    private int batchSize = 250;

    @Valid
    private final OAuth oauth = new OAuth();

    @Valid
    private final RateLimit rateLimit = new RateLimit();

    @Valid
    private final Stream stream = new Stream();

    @Valid
    private final EntityGuard entityGuard = new EntityGuard();

    @Valid
    private final ApiKey apiKey = new ApiKey();

    @Valid
    private final Jdbc jdbc = new Jdbc();

    @Valid
    private final Retry retry = new Retry();

    private final Ssl ssl = new Ssl();

    private final Health health = new Health();

    public String getDomain() {
        return this.domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public String getBaseUrl() {
        return this.baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getDefaultAccount() {
        return this.defaultAccount;
    }

    public void setDefaultAccount(String defaultAccount) {
        this.defaultAccount = defaultAccount;
    }

    public Map<String, Account> getAccounts() {
        return this.accounts;
    }

    public void setAccounts(Map<String, Account> accounts) {
        this.accounts = accounts;
    }

    public boolean isDebug() {
        return this.debug;
    }

    public void setDebug(boolean debug) {
        this.debug = debug;
    }

    public String getUserAgent() {
        return this.userAgent;
    }

    public void setUserAgent(String userAgent) {
        this.userAgent = userAgent;
    }

    public Duration getConnectTimeout() {
        return this.connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getReadTimeout() {
        return this.readTimeout;
    }

    public void setReadTimeout(Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    public Set<Integer> getSuccessStatusCodes() {
        return this.successStatusCodes;
    }

    public void setSuccessStatusCodes(Set<Integer> successStatusCodes) {
        this.successStatusCodes = successStatusCodes;
    }

    public int getPageSize() {
        return this.pageSize;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    public int getBatchSize() {
        return this.batchSize;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    public OAuth getOauth() {
        return this.oauth;
    }

    public RateLimit getRateLimit() {
        return this.rateLimit;
    }

    public Stream getStream() {
        return this.stream;
    }

    public EntityGuard getEntityGuard() {
        return this.entityGuard;
    }

    public ApiKey getApiKey() {
        return this.apiKey;
    }

    public Jdbc getJdbc() {
        return this.jdbc;
    }

    public Ssl getSsl() {
        return this.ssl;
    }

    public Retry getRetry() {
        return this.retry;
    }

    public Health getHealth() {
        return this.health;
    }

    /**
     * An account with credentials of its own.
     */
    public static class Account {

        /**
         * Host of the account, such as acme.amocrm.ru, or its subdomain; defaults to the account name.
         */
        private String host;

        /**
         * Long-lived access token of the account (used as is, never refreshed).
         */
        private String accessToken;

        /**
         * Login (e-mail) of the user whose legacy API key is used.
         */
        private String login;

        /**
         * Legacy API key of the user.
         */
        private String apiKey;

        public String getHost() {
            return this.host;
        }

        public void setHost(String host) {
            this.host = host;
        }

        public String getAccessToken() {
            return this.accessToken;
        }

        public void setAccessToken(String accessToken) {
            this.accessToken = accessToken;
        }

        public String getLogin() {
            return this.login;
        }

        public void setLogin(String login) {
            this.login = login;
        }

        public String getApiKey() {
            return this.apiKey;
        }

        public void setApiKey(String apiKey) {
            this.apiKey = apiKey;
        }
    }

    /**
     * OAuth 2.0 integration settings.
     */
    public static class OAuth {

        /**
         * Integration id (client_id) of the OAuth integration.
         */
        private String clientId;

        /**
         * Secret key (client_secret) of the OAuth integration.
         */
        private String clientSecret;

        /**
         * Redirect URI registered for the OAuth integration.
         */
        private String redirectUri;

        /**
         * How long before the access token expires it is refreshed.
         */
        @DurationRange(min = "PT0S", max = "PT23H")
        private Duration refreshBeforeExpiry = Duration.ofMinutes(5);

        public String getClientId() {
            return this.clientId;
        }

        public void setClientId(String clientId) {
            this.clientId = clientId;
        }

        public String getClientSecret() {
            return this.clientSecret;
        }

        public void setClientSecret(String clientSecret) {
            this.clientSecret = clientSecret;
        }

        public String getRedirectUri() {
            return this.redirectUri;
        }

        public void setRedirectUri(String redirectUri) {
            this.redirectUri = redirectUri;
        }

        public Duration getRefreshBeforeExpiry() {
            return this.refreshBeforeExpiry;
        }

        public void setRefreshBeforeExpiry(Duration refreshBeforeExpiry) {
            this.refreshBeforeExpiry = refreshBeforeExpiry;
        }
    }

    /**
     * Request rate limit settings.
     */
    public static class RateLimit {

        /**
         * Maximum number of requests per second sent to one account.
         */
        @DecimalMin(value = "0.1", message = "must be between 0.1 and 7")
        @DecimalMax(value = "7", message = "must be between 0.1 and 7")
        private double requestsPerSecond = 7;

        /**
         * Where the rate limit is kept: per application instance, or shared by all instances of the cluster.
         */
        private Scope scope = Scope.INSTANCE;

        /**
         * Where a cluster-wide rate limit is kept: in the application's database, or in the Redis server of its
         * Spring Data Redis (Lettuce) connection.
         */
        private Store store = Store.DATABASE;

        /**
         * Prefix of the Redis keys of a cluster-wide rate limit, followed by the account host.
         */
        @NotBlank
        private String redisKeyPrefix = "amocrm:rate-limit:";

        /**
         * Maximum time a request waits for its turn before it fails.
         */
        @DurationRange(min = "PT0S", max = "PT1H")
        private Duration timeout = Duration.ofMinutes(1);

        /**
         * How long no request is sent to an account after amoCRM answered that it is blocked; requests fail at
         * once meanwhile, so that the block is not extended.
         */
        @DurationRange(min = "PT0S", max = "P1D")
        private Duration blockPause = Duration.ofMinutes(10);

        public double getRequestsPerSecond() {
            return this.requestsPerSecond;
        }

        public void setRequestsPerSecond(double requestsPerSecond) {
            this.requestsPerSecond = requestsPerSecond;
        }

        public Scope getScope() {
            return this.scope;
        }

        public void setScope(Scope scope) {
            this.scope = scope;
        }

        public Store getStore() {
            return this.store;
        }

        public void setStore(Store store) {
            this.store = store;
        }

        public String getRedisKeyPrefix() {
            return this.redisKeyPrefix;
        }

        public void setRedisKeyPrefix(String redisKeyPrefix) {
            this.redisKeyPrefix = redisKeyPrefix;
        }

        public Duration getTimeout() {
            return this.timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

        public Duration getBlockPause() {
            return this.blockPause;
        }

        public void setBlockPause(Duration blockPause) {
            this.blockPause = blockPause;
        }

        /**
         * Where a rate limit is kept.
         */
        public enum Scope {

            /** In this application instance only. */
            INSTANCE,

            /** Shared by every instance of the application, through its database or Redis. */
            CLUSTER
        }

        /**
         * Where a cluster-wide rate limit is kept.
         */
        public enum Store {

            /** In a table of the application's PostgreSQL, MySQL or MariaDB database. */
            DATABASE,

            /** In the Redis server of the application's Spring Data Redis connection (Lettuce). */
            REDIS
        }
    }

    /**
     * Stream settings: how entity streams read their pages.
     */
    public static class Stream {

        /**
         * Number of pages a stream reads ahead of its consumer, so that the latency of the requests overlaps; about
         * latency / (1 s / 7) + 1 keeps up with amoCRM's 7 requests per second.
         */
        @Min(value = 1, message = "must be between 1 and 10")
        @Max(value = 10, message = "must be between 1 and 10")
        private int prefetchPages = 3;

        /**
         * Time a stream waits for its first page before requesting the second one too. When requests take longer
         * than this, asking early saves a round trip on long lists and costs one request more on a list that fits
         * in one page.
         */
        @DurationRange(min = "PT0S", max = "PT1M")
        private Duration secondPageAfter = Duration.ofMillis(150);

        public int getPrefetchPages() {
            return this.prefetchPages;
        }

        public void setPrefetchPages(int prefetchPages) {
            this.prefetchPages = prefetchPages;
        }

        public Duration getSecondPageAfter() {
            return this.secondPageAfter;
        }

        public void setSecondPageAfter(Duration secondPageAfter) {
            this.secondPageAfter = secondPageAfter;
        }
    }

    /**
     * Entity guard settings: the lock that serializes saves of one entity.
     */
    public static class EntityGuard {

        /**
         * Whether saves of existing entities are serialized by a lock per entity.
         */
        private boolean enabled = true;

        /**
         * Number of attempts to take the lock of an entity before the save fails.
         */
        @Min(value = 1, message = "must be between 1 and 1000")
        @Max(value = 1000, message = "must be between 1 and 1000")
        private int attempts = 10;

        /**
         * Pause between two attempts to take the lock of an entity.
         */
        @DurationRange(min = "PT0S", max = "PT1M")
        private Duration pause = Duration.ofSeconds(1);

        public boolean isEnabled() {
            return this.enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public int getAttempts() {
            return this.attempts;
        }

        public void setAttempts(int attempts) {
            this.attempts = attempts;
        }

        public Duration getPause() {
            return this.pause;
        }

        public void setPause(Duration pause) {
            this.pause = pause;
        }
    }

    /**
     * Legacy API-key login settings.
     */
    public static class ApiKey {

        /**
         * Pause before each new login after the first, when amoCRM keeps refusing the session.
         */
        @DurationRange(min = "PT0S", max = "PT5M")
        private Duration reauthPause = Duration.ofSeconds(5);

        /**
         * Maximum number of new logins for one request before it fails.
         */
        @Min(value = 0, message = "must be between 0 and 10")
        @Max(value = 10, message = "must be between 0 and 10")
        private int reauthAttempts = 3;

        public Duration getReauthPause() {
            return this.reauthPause;
        }

        public void setReauthPause(Duration reauthPause) {
            this.reauthPause = reauthPause;
        }

        public int getReauthAttempts() {
            return this.reauthAttempts;
        }

        public void setReauthAttempts(int reauthAttempts) {
            this.reauthAttempts = reauthAttempts;
        }
    }

    /**
     * Database settings of the token storage and the entity guard.
     */
    public static class Jdbc {

        /**
         * When to create the tables of the starter: embedded (only in an embedded database), always or never.
         */
        private InitializeSchema initializeSchema = InitializeSchema.EMBEDDED;

        /**
         * Name of the table that stores the tokens of each account.
         */
        @Pattern(
                regexp = "[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?",
                message = "must be a plain SQL table name (letters, digits and '_', optionally schema.table)")
        private String tokenTableName = "amocrm_token";

        /**
         * Name of the table that holds the locks of the entity guard.
         */
        @Pattern(
                regexp = "[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?",
                message = "must be a plain SQL table name (letters, digits and '_', optionally schema.table)")
        private String lockTableName = "amocrm_lock";

        /**
         * Name of the table that holds the shared rate limit of each account (amocrm.rate-limit.scope=cluster).
         */
        @Pattern(
                regexp = "[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?",
                message = "must be a plain SQL table name (letters, digits and '_', optionally schema.table)")
        private String rateLimitTableName = "amocrm_rate_limit";

        public InitializeSchema getInitializeSchema() {
            return this.initializeSchema;
        }

        public void setInitializeSchema(InitializeSchema initializeSchema) {
            this.initializeSchema = initializeSchema;
        }

        public String getTokenTableName() {
            return this.tokenTableName;
        }

        public void setTokenTableName(String tokenTableName) {
            this.tokenTableName = tokenTableName;
        }

        public String getLockTableName() {
            return this.lockTableName;
        }

        public void setLockTableName(String lockTableName) {
            this.lockTableName = lockTableName;
        }

        public String getRateLimitTableName() {
            return this.rateLimitTableName;
        }

        public void setRateLimitTableName(String rateLimitTableName) {
            this.rateLimitTableName = rateLimitTableName;
        }

        /**
         * When the starter's tables are created.
         */
        public enum InitializeSchema {

            /** Only in an embedded database. */
            EMBEDDED,

            /** In any database. */
            ALWAYS,

            /** Never: the tables are created by other means. */
            NEVER
        }
    }

    /**
     * Retry settings: which failed requests are sent again, and how long to wait before.
     */
    public static class Retry {

        /**
         * Whether failed requests are sent again when that is safe (429 answers, and 502, 503 or no answer to
         * reads).
         */
        private boolean enabled = true;

        /**
         * Maximum number of times one request is sent, the first time included.
         */
        @Min(value = 1, message = "must be between 1 and 10")
        @Max(value = 10, message = "must be between 1 and 10")
        private int maxAttempts = 3;

        /**
         * Wait before the first retry when amoCRM names none.
         */
        @DurationRange(min = "PT0S", max = "PT1M")
        private Duration initialInterval = Duration.ofSeconds(1);

        /**
         * Factor by which each further wait grows.
         */
        @DecimalMin(value = "1", message = "must be between 1 and 10")
        @DecimalMax(value = "10", message = "must be between 1 and 10")
        private double multiplier = 2;

        /**
         * Longest wait between two attempts when amoCRM names none.
         */
        @DurationRange(min = "PT0S", max = "PT10M")
        private Duration maxInterval = Duration.ofSeconds(10);

        /**
         * Longest wait asked for by Retry-After (or retry_after) that is honoured; a 429 asking for longer fails
         * without a retry.
         */
        @DurationRange(min = "PT0S", max = "PT1H")
        private Duration maxRetryAfter = Duration.ofSeconds(30);

        /**
         * HTTP statuses on which reads (GET) are sent again.
         */
        private Set<@Min(500) @Max(599) Integer> readStatuses = new LinkedHashSet<>(Set.of(502, 503));

        /**
         * Whether a batch save answered with 504 is sent again in two halves, as amoCRM recommends.
         */
        private boolean splitBatchOnGatewayTimeout = true;

        public boolean isEnabled() {
            return this.enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public int getMaxAttempts() {
            return this.maxAttempts;
        }

        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public Duration getInitialInterval() {
            return this.initialInterval;
        }

        public void setInitialInterval(Duration initialInterval) {
            this.initialInterval = initialInterval;
        }

        public double getMultiplier() {
            return this.multiplier;
        }

        public void setMultiplier(double multiplier) {
            this.multiplier = multiplier;
        }

        public Duration getMaxInterval() {
            return this.maxInterval;
        }

        public void setMaxInterval(Duration maxInterval) {
            this.maxInterval = maxInterval;
        }

        public Duration getMaxRetryAfter() {
            return this.maxRetryAfter;
        }

        public void setMaxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = maxRetryAfter;
        }

        public Set<Integer> getReadStatuses() {
            return this.readStatuses;
        }

        public void setReadStatuses(Set<Integer> readStatuses) {
            this.readStatuses = readStatuses;
        }

        public boolean isSplitBatchOnGatewayTimeout() {
            return this.splitBatchOnGatewayTimeout;
        }

        public void setSplitBatchOnGatewayTimeout(boolean splitBatchOnGatewayTimeout) {
            this.splitBatchOnGatewayTimeout = splitBatchOnGatewayTimeout;
        }
    }

    /**
     * TLS settings.
     */
    public static class Ssl {

        /**
         * Name of the SSL bundle (spring.ssl.bundle.*) used for connections to amoCRM.
         */
        private String bundle;

        public String getBundle() {
            return this.bundle;
        }

        public void setBundle(String bundle) {
            this.bundle = bundle;
        }
    }

    /**
     * Health indicator settings.
     */
    public static class Health {

        /**
         * Whether the amocrm health indicator reports the token state of each account.
         */
        private boolean enabled;

        public boolean isEnabled() {
            return this.enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }
}
