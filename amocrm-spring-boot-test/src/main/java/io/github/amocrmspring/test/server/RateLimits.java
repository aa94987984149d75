package io.github.amocrmspring.test.server;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * amoCRM's rate limit, per account, on real monotonic time.
 *
 * <ol>
 * <li>A request is accepted when fewer than {@code requestsPerSecond} requests were accepted in the second before
 * it (a sliding window); otherwise it gets 429. Refused requests do not count in the window, so a client that
 * keeps to the limit is never refused, and the 8th request inside any second is.</li>
 * <li>When an account collects {@code violationsBeforeBlock} 429 answers within {@code violationWindow}, it is
 * blocked: every request gets 403 for {@code blockDuration}, then the counts start afresh.</li>
 * </ol>
 */
final class RateLimits {

    /** What to answer to a request. */
    enum Decision {
        ACCEPT,
        TOO_MANY_REQUESTS,
        BLOCKED
    }

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    private final int requestsPerSecond;

    private final int violationsBeforeBlock;

    private final long violationWindow;

    private final long blockDuration;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    RateLimits(int requestsPerSecond, int violationsBeforeBlock, Duration violationWindow, Duration blockDuration) {
        this.requestsPerSecond = requestsPerSecond;
        this.violationsBeforeBlock = violationsBeforeBlock;
        this.violationWindow = violationWindow.toNanos();
        this.blockDuration = blockDuration.toNanos();
    }

    /** Decides about a request to an account that arrived at a {@link System#nanoTime()} instant. */
    Decision decide(String host, long arrivedAt) {
        if (this.requestsPerSecond <= 0) {
            return Decision.ACCEPT;
        }
        Window window = this.windows.computeIfAbsent(host, (key) -> new Window());
        synchronized (window) {
            if (window.blocked && arrivedAt - window.blockedUntil < 0) {
                return Decision.BLOCKED;
            }
            window.blocked = false;
            while (!window.accepted.isEmpty() && arrivedAt - window.accepted.peekFirst() >= SECOND) {
                window.accepted.removeFirst();
            }
            if (window.accepted.size() < this.requestsPerSecond) {
                window.accepted.addLast(arrivedAt);
                return Decision.ACCEPT;
            }
            while (!window.violations.isEmpty() && arrivedAt - window.violations.peekFirst() >= this.violationWindow) {
                window.violations.removeFirst();
            }
            window.violations.addLast(arrivedAt);
            if (this.violationsBeforeBlock > 0 && window.violations.size() >= this.violationsBeforeBlock) {
                window.blocked = true;
                window.blockedUntil = arrivedAt + this.blockDuration;
                window.violations.clear();
                window.accepted.clear();
            }
            return Decision.TOO_MANY_REQUESTS;
        }
    }

    /** Whether an account is blocked right now. */
    boolean isBlocked(String host) {
        Window window = this.windows.get(host);
        if (window == null) {
            return false;
        }
        synchronized (window) {
            return window.blocked && System.nanoTime() - window.blockedUntil < 0;
        }
    }

    /** Lifts the block of an account and forgets its recent requests. */
    void unblock(String host) {
        this.windows.remove(host);
    }

    void reset() {
        this.windows.clear();
    }

    private static final class Window {

        final Deque<Long> accepted = new ArrayDeque<>();

        final Deque<Long> violations = new ArrayDeque<>();

        boolean blocked;

        long blockedUntil;
    }
}
