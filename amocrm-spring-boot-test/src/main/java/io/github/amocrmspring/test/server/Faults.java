package io.github.amocrmspring.test.server;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Failures and delays tests ask for: forced statuses and dropped connections, consumed one per request in the order
 * they were asked for, and a latency added to every answer.
 */
final class Faults {

    /** Status recorded in the queue for "close the connection without an answer". */
    static final int DROP = -1;

    private final Deque<Integer> planned = new ArrayDeque<>();

    private volatile Duration latency = Duration.ZERO;

    synchronized void failNext(int status, int count) {
        for (int i = 0; i < count; i++) {
            this.planned.addLast(status);
        }
    }

    synchronized void dropNext(int count) {
        failNext(DROP, count);
    }

    /** Takes the planned outcome for the next request, or {@code null} to answer normally. */
    synchronized Integer next() {
        return this.planned.pollFirst();
    }

    synchronized int pending() {
        return this.planned.size();
    }

    void latency(Duration latency) {
        this.latency = latency;
    }

    Duration latency() {
        return this.latency;
    }

    synchronized void reset() {
        this.planned.clear();
        this.latency = Duration.ZERO;
    }
}
