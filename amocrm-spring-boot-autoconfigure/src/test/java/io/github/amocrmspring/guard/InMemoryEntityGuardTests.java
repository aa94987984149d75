package io.github.amocrmspring.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.amocrmspring.model.EntityType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InMemoryEntityGuardTests {

    private static final EntityKey LEAD = new EntityKey("acme.amocrm.ru", EntityType.LEAD, 555);

    private final ExecutorService executor = Executors.newFixedThreadPool(8);

    @AfterEach
    void shutDown() {
        this.executor.shutdownNow();
    }

    @Test
    void shouldRunOneActionAtATimeForOneEntity() throws Exception {
        InMemoryEntityGuard guard = new InMemoryEntityGuard(1000, Duration.ofMillis(50));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger maxRunning = new AtomicInteger();
        int[] counter = {0};
        List<Future<?>> futures = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            futures.add(this.executor.submit(() -> {
                for (int i = 0; i < 200; i++) {
                    guard.runLocked(LEAD, () -> {
                        maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                        counter[0] = counter[0] + 1;
                        running.decrementAndGet();
                        return null;
                    });
                }
            }));
        }
        for (Future<?> future : futures) {
            future.get(30, TimeUnit.SECONDS);
        }

        assertThat(counter[0]).isEqualTo(1600);
        assertThat(maxRunning.get()).isEqualTo(1);
    }

    @Test
    void shouldFailRatherThanRunUnlockedWhenTheLockStaysTaken() throws Exception {
        InMemoryEntityGuard guard = new InMemoryEntityGuard(3, Duration.ofMillis(20));
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Future<?> holder = this.executor.submit(() -> guard.runLocked(LEAD, () -> {
            held.countDown();
            await(finish);
            return null;
        }));
        held.await(5, TimeUnit.SECONDS);
        AtomicBoolean ran = new AtomicBoolean();

        assertThatExceptionOfType(EntityLockException.class)
                .isThrownBy(() -> guard.runLocked(LEAD, () -> ran.getAndSet(true)))
                .withMessageContaining("lead 555 of account acme.amocrm.ru")
                .withMessageContaining("3 attempt(s)")
                .satisfies(ex -> assertThat(ex.getKey()).isEqualTo(LEAD));
        assertThat(ran).isFalse();

        finish.countDown();
        holder.get(5, TimeUnit.SECONDS);
        assertThat(guard.runLocked(LEAD, () -> "free again")).isEqualTo("free again");
    }

    @Test
    void shouldLetTheHolderTakeItsLockAgain() {
        InMemoryEntityGuard guard = new InMemoryEntityGuard(1, Duration.ZERO);

        String result = guard.runLocked(LEAD, () -> guard.runLocked(List.of(LEAD), () -> "nested"));

        assertThat(result).isEqualTo("nested");
    }

    @Test
    void shouldNotMakeOtherEntitiesWait() throws Exception {
        InMemoryEntityGuard guard = new InMemoryEntityGuard(1, Duration.ZERO);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Future<?> holder = this.executor.submit(() -> guard.runLocked(LEAD, () -> {
            held.countDown();
            await(finish);
            return null;
        }));
        held.await(5, TimeUnit.SECONDS);

        assertThat(guard.runLocked(new EntityKey("acme.amocrm.ru", EntityType.LEAD, 556), () -> "other lead"))
                .isEqualTo("other lead");
        assertThat(guard.runLocked(new EntityKey("other.amocrm.ru", EntityType.LEAD, 555), () -> "other account"))
                .isEqualTo("other account");
        assertThat(guard.runLocked(new EntityKey("acme.amocrm.ru", EntityType.CONTACT, 555), () -> "contact"))
                .isEqualTo("contact");

        finish.countDown();
        holder.get(5, TimeUnit.SECONDS);
    }

    @Test
    void shouldReleaseTheLockWhenTheActionFails() {
        InMemoryEntityGuard guard = new InMemoryEntityGuard(1, Duration.ZERO);

        assertThatExceptionOfType(IllegalStateException.class)
                .isThrownBy(() -> guard.runLocked(LEAD, () -> {
                    throw new IllegalStateException("save failed");
                }));

        assertThat(guard.runLocked(LEAD, () -> "locked again")).isEqualTo("locked again");
    }

    @Test
    void shouldRunWithoutLockingWhenTurnedOff() {
        assertThat(EntityGuard.none().runLocked(LEAD, () -> "run")).isEqualTo("run");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
