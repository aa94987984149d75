package io.github.amocrmspring.test.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Failures and delays tests ask for: forced statuses and dropped connections, consumed one per request in the order
 * they were asked for (optionally only by requests to one path), and a latency added to every answer.
 */
final class Faults {

    /** Status recorded in the plan for "close the connection without an answer". */
    static final int DROP = -1;

    private final List<Planned> planned = new ArrayList<>();

    private volatile Duration latency = Duration.ZERO;

    /** A planned outcome; a {@code null} path matches every request. */
    private record Planned(int status, String path) {}

    synchronized void failNext(int status, int count, String path) {
        for (int i = 0; i < count; i++) {
            this.planned.add(new Planned(status, path));
        }
    }

    /** Takes the planned outcome for the next request to a path, or {@code null} to answer normally. */
    synchronized Integer next(String path) {
        Iterator<Planned> iterator = this.planned.iterator();
        while (iterator.hasNext()) {
            Planned planned = iterator.next();
            if (planned.path() == null || planned.path().equals(path)) {
                iterator.remove();
                return planned.status();
            }
        }
        return null;
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
