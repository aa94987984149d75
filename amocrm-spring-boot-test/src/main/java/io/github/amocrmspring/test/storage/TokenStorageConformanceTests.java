package io.github.amocrmspring.test.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.amocrmspring.storage.AuthKind;
import io.github.amocrmspring.storage.StoredTokens;
import io.github.amocrmspring.storage.TokenStorage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The behaviour every {@link TokenStorage} must have. Extend it with a class that creates the storage under test;
 * each test starts from an empty store.
 *
 * <p>The concurrency tests play out what the client does when many threads (and several application instances) see
 * an expired access token at once: each runs an update that refreshes only if the stored token is still the one it
 * saw. A storage passes only if exactly one refresh happens and no update ever overlaps another of the same account.
 */
public abstract class TokenStorageConformanceTests {

    private static final String ACCOUNT = "acme.amocrm.ru";

    private static final String OTHER_ACCOUNT = "other.kommo.com";

    private TokenStorage storage;

    private final List<ExecutorService> executors = new ArrayList<>();

    /** Create the storage under test, with an empty store. Called before each test. */
    protected abstract TokenStorage createStorage();

    /**
     * Create a storage as another application instance would have it, sharing the store of the last
     * {@link #createStorage()} (for example, from another application context on the same database). A storage that
     * cannot be shared between instances returns the storage itself.
     */
    protected abstract TokenStorage createStorageOfAnotherInstance();

    @BeforeEach
    void createStorageUnderTest() {
        this.storage = createStorage();
    }

    @AfterEach
    void stopThreads() {
        this.executors.forEach(ExecutorService::shutdownNow);
    }

    @Test
    void shouldFindNothingForUnknownAccount() {
        assertThat(this.storage.load("unknown.amocrm.ru")).isEmpty();
        assertThat(this.storage.hasTokens("unknown.amocrm.ru")).isFalse();
        assertThat(this.storage.accountHosts()).isEmpty();
    }

    @Test
    void shouldLoadWhatWasSaved() {
        StoredTokens tokens = tokens(ACCOUNT, "access-1", "refresh-1");

        this.storage.save(tokens);

        assertThat(this.storage.load(ACCOUNT)).contains(tokens);
        assertThat(this.storage.hasTokens(ACCOUNT)).isTrue();
    }

    @Test
    void shouldKeepEveryKindAndFlag() {
        StoredTokens longLived =
                new StoredTokens(ACCOUNT, AuthKind.LONG_LIVED_TOKEN, "long-lived", null, null, null, false);
        StoredTokens needsAuthorization = tokens(OTHER_ACCOUNT, "a", "r").withNeedsAuthorization();

        this.storage.save(longLived);
        this.storage.save(needsAuthorization);

        assertThat(this.storage.load(ACCOUNT)).contains(longLived);
        assertThat(this.storage.load(OTHER_ACCOUNT)).contains(needsAuthorization);
    }

    @Test
    void shouldOverwriteTokensOnSave() {
        this.storage.save(tokens(ACCOUNT, "access-1", "refresh-1"));
        StoredTokens second = tokens(ACCOUNT, "access-2", "refresh-2");

        this.storage.save(second);

        assertThat(this.storage.load(ACCOUNT)).contains(second);
    }

    @Test
    void shouldKeepAccountsApart() {
        StoredTokens first = tokens(ACCOUNT, "access-1", "refresh-1");
        StoredTokens other = tokens(OTHER_ACCOUNT, "access-2", "refresh-2");

        this.storage.save(first);
        this.storage.save(other);

        assertThat(this.storage.load(ACCOUNT)).contains(first);
        assertThat(this.storage.load(OTHER_ACCOUNT)).contains(other);
        assertThat(this.storage.accountHosts()).containsExactly(ACCOUNT, OTHER_ACCOUNT);
    }

    @Test
    void shouldDeleteTokens() {
        this.storage.save(tokens(ACCOUNT, "access-1", "refresh-1"));

        this.storage.delete(ACCOUNT);

        assertThat(this.storage.load(ACCOUNT)).isEmpty();
        assertThat(this.storage.hasTokens(ACCOUNT)).isFalse();
    }

    @Test
    void shouldPassNothingToFirstUpdateOfAccount() {
        List<StoredTokens> seen = new ArrayList<>();

        StoredTokens stored = this.storage.update(ACCOUNT, current -> {
            seen.add(current);
            return tokens(ACCOUNT, "access-1", "refresh-1");
        });

        assertThat(seen).containsExactly((StoredTokens) null);
        assertThat(this.storage.load(ACCOUNT)).contains(stored);
    }

    @Test
    void shouldKeepTokensWhenUpdateReturnsThemUnchanged() {
        StoredTokens tokens = tokens(ACCOUNT, "access-1", "refresh-1");
        this.storage.save(tokens);

        StoredTokens result = this.storage.update(ACCOUNT, current -> current);

        assertThat(result).isEqualTo(tokens);
        assertThat(this.storage.load(ACCOUNT)).contains(tokens);
    }

    @Test
    void shouldStoreNothingWhenUpdateFails() {
        StoredTokens tokens = tokens(ACCOUNT, "access-1", "refresh-1");
        this.storage.save(tokens);

        assertThatIllegalStateException()
                .isThrownBy(() -> this.storage.update(ACCOUNT, current -> {
                    throw new IllegalStateException("refresh failed");
                }));

        assertThat(this.storage.load(ACCOUNT)).contains(tokens);
        assertThat(this.storage
                        .update(ACCOUNT, current -> tokens(ACCOUNT, "access-2", "refresh-2"))
                        .accessToken())
                .isEqualTo("access-2");
    }

    @Test
    void shouldHideTokensInToString() {
        assertThat(tokens(ACCOUNT, "access-secret", "refresh-secret").toString())
                .doesNotContain("access-secret", "refresh-secret");
    }

    @Test
    @Timeout(60)
    void shouldRefreshOnceWhenManyThreadsSeeTheSameExpiredToken() throws Exception {
        this.storage.save(tokens(ACCOUNT, "access-0", "refresh-0"));

        RefreshRace race = runRefreshRace(List.of(this.storage), 8);

        assertThat(race.refreshes()).hasValue(1);
        assertThat(race.maxConcurrent()).hasValue(1);
        assertThat(this.storage.load(ACCOUNT).orElseThrow().accessToken()).isEqualTo("access-1");
    }

    @Test
    @Timeout(60)
    void shouldSerializeUpdatesOfOneAccountFromManyThreads() throws Exception {
        this.storage.save(tokens(ACCOUNT, "access-0", "refresh-0"));
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        ExecutorService executor = executor(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            futures.add(executor.submit(() -> {
                for (int round = 0; round < 10; round++) {
                    this.storage.update(ACCOUNT, current -> {
                        maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        int generation = Integer.parseInt(current.accessToken().substring(7)) + 1;
                        pause(1);
                        inside.decrementAndGet();
                        return tokens(ACCOUNT, "access-" + generation, "refresh-" + generation);
                    });
                }
            }));
        }
        for (Future<?> future : futures) {
            future.get(60, TimeUnit.SECONDS);
        }

        assertThat(maxInside).hasValue(1);
        assertThat(this.storage.load(ACCOUNT).orElseThrow().accessToken()).isEqualTo("access-80");
    }

    @Test
    @Timeout(60)
    void shouldNotBlockOtherAccountsWhileOneIsLocked() throws Exception {
        this.storage.save(tokens(ACCOUNT, "access-1", "refresh-1"));
        this.storage.save(tokens(OTHER_ACCOUNT, "access-1", "refresh-1"));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = executor(1)
                .submit(() -> this.storage.update(ACCOUNT, current -> {
                    locked.countDown();
                    await(release);
                    return current;
                }));
        assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();

        Future<StoredTokens> other = executor(1)
                .submit(() -> this.storage.update(OTHER_ACCOUNT, current -> tokens(OTHER_ACCOUNT, "access-2", "r")));

        assertThat(other.get(10, TimeUnit.SECONDS).accessToken()).isEqualTo("access-2");
        release.countDown();
        holder.get(30, TimeUnit.SECONDS);
    }

    @Test
    @Timeout(120)
    void shouldRefreshOnceWhenSeveralInstancesSeeTheSameExpiredToken() throws Exception {
        this.storage.save(tokens(ACCOUNT, "access-0", "refresh-0"));
        TokenStorage second = createStorageOfAnotherInstance();
        TokenStorage third = createStorageOfAnotherInstance();

        for (int round = 0; round < 5; round++) {
            RefreshRace race = runRefreshRace(List.of(this.storage, second, third), 4);

            assertThat(race.refreshes()).as("refreshes in round %d", round).hasValue(1);
            assertThat(race.maxConcurrent())
                    .as("concurrent updates in round %d", round)
                    .hasValue(1);
        }
        assertThat(second.load(ACCOUNT).orElseThrow().accessToken()).isEqualTo("access-5");
    }

    /**
     * Let every thread of every instance see the stored access token, then all try to refresh it at once the way
     * the client does: refresh only if the stored token is still the one it saw.
     */
    private RefreshRace runRefreshRace(List<TokenStorage> instances, int threadsPerInstance) throws Exception {
        String seen = this.storage.load(ACCOUNT).orElseThrow().accessToken();
        int generation = Integer.parseInt(seen.substring(7));
        AtomicInteger refreshes = new AtomicInteger();
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService executor = executor(instances.size() * threadsPerInstance);
        List<Future<StoredTokens>> futures = new ArrayList<>();
        for (TokenStorage instance : instances) {
            for (int thread = 0; thread < threadsPerInstance; thread++) {
                futures.add(executor.submit(() -> {
                    await(start);
                    return instance.update(ACCOUNT, current -> {
                        maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        try {
                            if (!seen.equals(current.accessToken())) {
                                return current;
                            }
                            refreshes.incrementAndGet();
                            pause(20);
                            return tokens(ACCOUNT, "access-" + (generation + 1), "refresh-" + (generation + 1));
                        } finally {
                            inside.decrementAndGet();
                        }
                    });
                }));
            }
        }
        start.countDown();
        for (Future<StoredTokens> future : futures) {
            assertThat(future.get(60, TimeUnit.SECONDS).accessToken()).isEqualTo("access-" + (generation + 1));
        }
        return new RefreshRace(refreshes, maxInside);
    }

    private ExecutorService executor(int threads) {
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        this.executors.add(executor);
        return executor;
    }

    /** Create OAuth tokens dated at whole milliseconds, as every store can keep them. */
    protected static StoredTokens tokens(String accountHost, String accessToken, String refreshToken) {
        return StoredTokens.oauth(
                accountHost,
                accessToken,
                refreshToken,
                Instant.ofEpochMilli(1_900_000_000_123L),
                Instant.ofEpochMilli(1_800_000_000_456L));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Latch not released in time");
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private record RefreshRace(AtomicInteger refreshes, AtomicInteger maxConcurrent) {}
}
