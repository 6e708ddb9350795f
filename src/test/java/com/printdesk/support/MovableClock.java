package com.printdesk.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests can move forward; follows real time otherwise, so timeouts elsewhere still work. */
public class MovableClock extends Clock {

    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    public MovableClock(Clock base) {
        this.base = base;
    }

    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("PrintDesk keeps the clock in UTC");
    }
}
