package org.sala.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sala.support.ShiftedClock;

/** Failed sign-ins slow the next attempt down (never lock the account); a success clears the account name. */
class LoginThrottleTest {

    private final ShiftedClock clock = ShiftedClock.startingAt(Instant.parse("2026-11-23T08:00:00Z"));
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
        clock.moveAhead(Duration.ofSeconds(2));
        assertThat(throttle.waitFor("malee", "203.0.113.1")).isEmpty();
    }

    @Test
    void spellingsTheDatabaseTakesForOneAccountShareOneCounter() {
        throttle.failed("dara", "203.0.113.1");
        throttle.failed("dára", "203.0.113.2");
        throttle.failed("DARA", "203.0.113.3");
        assertThat(LoginThrottle.FREE_FAILURES_PER_NAME).isEqualTo(3);
        assertThat(throttle.waitFor("ｄａｒａ", "198.51.100.7")).contains(Duration.ofSeconds(1));
        assertThat(throttle.waitFor(" Dàrá ", "198.51.100.7")).contains(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("darb", "198.51.100.7")).isEmpty();
        assertThat(throttle.waitFor("daraa", "198.51.100.7")).isEmpty();
    }

    @Test
    void manyFailuresOnlyDelayTheNameNeverLockIt() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("malee", "203.0.113." + i);
        }
        assertThat(throttle.waitFor("malee", "192.0.2.1")).hasValueSatisfying(
                wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(2)));
        clock.moveAhead(Duration.ofMinutes(2));
        assertThat(throttle.waitFor("malee", "192.0.2.1")).isEmpty();
    }

    @Test
    void aKnownBrowserSkipsTheNamesDelayButNotTheAddresss() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("malee", "203.0.113." + i);
        }
        assertThat(throttle.waitFor("malee", "192.0.2.1", true)).isEmpty();
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_IP; i++) {
            throttle.failed("other" + i, "192.0.2.1");
        }
        assertThat(throttle.waitFor("malee", "192.0.2.1", true)).isPresent();
    }

    @Test
    void theOwnerIsToldOnceAnHourWhenFailuresReachTheDelay() {
        assertThat(throttle.failed("dara", "203.0.113.1")).isFalse();
        assertThat(throttle.failed("dára", "203.0.113.2")).isFalse();
        assertThat(throttle.failed("DARA", "203.0.113.3")).isTrue();
        assertThat(throttle.failed("dara", "203.0.113.4")).isFalse();
        throttle.succeeded("dara");
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_NAME; i++) {
            assertThat(throttle.failed("dara", "203.0.113.5")).isFalse();
        }
        clock.moveAhead(LoginThrottle.WARN_AT_MOST_EVERY);
        throttle.succeeded("dara");
        for (int i = 1; i < LoginThrottle.FREE_FAILURES_PER_NAME; i++) {
            throttle.failed("dara", "203.0.113.6");
        }
        assertThat(throttle.failed("dara", "203.0.113.6")).isTrue();
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
