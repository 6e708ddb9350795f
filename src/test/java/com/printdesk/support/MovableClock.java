package com.printdesk.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests can move forward; follows real time otherwise, so timeouts elsewhere still work. */
public class MovableClock extends Clock {

    private final Clock base;
    private final ZoneId zone;
    private final MovableClock shared;
    private volatile Duration offset = Duration.ZERO;

    public MovableClock(Clock base) {
        this.base = base;
        this.zone = ZoneOffset.UTC;
        this.shared = null;
    }

    private MovableClock(MovableClock shared, ZoneId zone) {
        this.base = shared.base;
        this.zone = zone;
        this.shared = shared;
    }

    public void advance(Duration duration) {
        owner().offset = owner().offset.plus(duration);
    }

    public void reset() {
        owner().offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(owner().offset);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** A view in another zone that moves with this clock. */
    @Override
    public Clock withZone(ZoneId zone) {
        return new MovableClock(owner(), zone);
    }

    private MovableClock owner() {
        return shared != null ? shared : this;
    }
}
