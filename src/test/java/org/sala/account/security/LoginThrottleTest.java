package org.sala.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sala.support.MovableClock;

/** Failed sign-ins slow the next attempt down, then lock it; a success clears the account name. */
class LoginThrottleTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void aFewFailuresAreFreeThenEachAttemptWaitsLonger() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_NAME - 1; i++) {
            throttle.failed("malee", "203.0.113.1");
        }
        assertThat(throttle.waitFor("malee", "203.0.113.1")).isEmpty();

        throttle.failed("malee", "203.0.113.1");
        assertThat(throttle.waitFor("malee", "203.0.113.1")).contains(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("MALEE ", "198.51.100.7")).contains(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("dara", "198.51.100.7")).isEmpty();

        throttle.failed("malee", "203.0.113.1");
        assertThat(throttle.waitFor("malee", "203.0.113.1")).contains(Duration.ofSeconds(2));
        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.waitFor("malee", "203.0.113.1")).isEmpty();
    }

    @Test
    void manyFailuresLockTheNameForFifteenMinutes() {
        for (int i = 0; i < LoginThrottle.LOCK_AFTER_PER_NAME; i++) {
            throttle.failed("malee", "203.0.113." + i);
        }
        assertThat(throttle.waitFor("malee", "192.0.2.1")).contains(LoginThrottle.LOCK);
        clock.advance(LoginThrottle.LOCK.minusSeconds(1));
        assertThat(throttle.waitFor("malee", "192.0.2.1")).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("malee", "192.0.2.1")).isEmpty();
    }

    @Test
    void oneAddressTryingManyNamesIsHeldBackToo() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_IP; i++) {
            throttle.failed("name" + i, "203.0.113.50");
        }
        assertThat(throttle.waitFor("someone-new", "203.0.113.50")).isPresent();
        assertThat(throttle.waitFor("someone-new", "203.0.113.51")).isEmpty();
    }

    @Test
    void aSuccessClearsTheName() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("malee", "203.0.113.1");
        }
        throttle.succeeded("malee");
        assertThat(throttle.waitFor("malee", "198.51.100.1")).isEmpty();
    }

    @Test
    void namesAreLoggedWithoutLineBreaks() {
        assertThat(LoginThrottle.forLog("mallory\r\nINFO admin signed in")).isEqualTo("mallory??INFO admin signed in");
        assertThat(LoginThrottle.forLog("x".repeat(500))).hasSize(101);
    }
}
