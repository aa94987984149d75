package io.github.amocrmspring.test.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Controllable clock of the fake server, used for the lifetimes of authorization codes, tokens and sessions and for
 * entity timestamps.
 *
 * <p>It starts at the current time, truncated to seconds, and moves only when told to: tests {@link #advance(Duration)
 * advance} it to expire a token or a session without waiting. The rate limit does not use this clock; it measures
 * real time, so that client-side throttling is tested against real seconds.
 */
public final class FakeClock extends Clock {

    private volatile Instant now;

    FakeClock() {
        this(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    FakeClock(Instant start) {
        this.now = start;
    }

    /** Moves the clock forward (or back, with a negative duration). */
    public synchronized FakeClock advance(Duration duration) {
        this.now = this.now.plus(duration);
        return this;
    }

    /** Sets the clock to an instant. */
    public synchronized FakeClock set(Instant instant) {
        this.now = instant;
        return this;
    }

    /** Sets the clock back to the current real time, truncated to seconds. */
    public FakeClock reset() {
        return set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /** Returns the current time in Unix seconds, the unit of every amoCRM timestamp. */
    public long epochSecond() {
        return this.now.getEpochSecond();
    }

    @Override
    public Instant instant() {
        return this.now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(this.now, zone);
    }
}
