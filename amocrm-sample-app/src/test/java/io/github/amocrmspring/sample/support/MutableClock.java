package io.github.amocrmspring.sample.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that follows real time, shifted by however far a test has moved it forward. */
public final class MutableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** Moves the clock forward. */
    public void advance(Duration duration) {
        this.offset = this.offset.plus(duration);
    }

    /** Puts the clock back to real time. */
    public void reset() {
        this.offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(this.offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("MutableClock is always in UTC");
    }
}
