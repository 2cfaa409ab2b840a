package org.sala.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock a test moves ahead to make "later" arrive without waiting for it. The application's
 * clock in integration tests runs on real time (a test that moves it must put it back), e.g. for
 * a scheduled post to fall due; a unit test's stands still at a start of its choosing.
 */
public final class ShiftedClock extends Clock {

    private final Clock base;
    private volatile Duration ahead = Duration.ZERO;

    private ShiftedClock(Clock base) {
        this.base = base;
    }

    /** A clock that stands still at {@code start} until it is moved. */
    public static ShiftedClock startingAt(Instant start) {
        return new ShiftedClock(Clock.fixed(start, ZoneOffset.UTC));
    }

    public void moveAhead(Duration by) {
        ahead = ahead.plus(by);
    }

    public void putBack() {
        ahead = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(ahead);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        ShiftedClock shiftedClock() {
            return new ShiftedClock(Clock.systemUTC());
        }
    }
}
