package org.sala.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sala.comment.service.CommentFloodGuard;
import org.sala.comment.service.CommentLimits;
import org.sala.support.MovableClock;

/** The default limits at their edges: 2 comments a minute and 20 a day, per IP and per email. */
class CommentFloodGuardTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private final CommentFloodGuard guard = new CommentFloodGuard(new CommentLimits(0, 0, null, null), clock);

    @Test
    void twoAMinuteThenAClearWait() {
        assertThat(guard.admit("203.0.113.1", "a@example.org")).isEmpty();
        assertThat(guard.admit("203.0.113.1", "a@example.org")).isEmpty();

        Duration wait = guard.admit("203.0.113.1", "a@example.org").orElseThrow();
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(30));

        clock.advance(wait);
        assertThat(guard.admit("203.0.113.1", "a@example.org")).isEmpty();
        assertThat(guard.admit("203.0.113.1", "a@example.org")).isPresent();
    }

    @Test
    void theLimitHoldsPerEmailAcrossAddressesAndPerAddressAcrossEmails() {
        guard.admit("203.0.113.1", "same@example.org");
        guard.admit("203.0.113.2", "SAME@example.org");
        assertThat(guard.admit("203.0.113.3", "same@example.org")).isPresent();

        guard.admit("198.51.100.1", "one@example.org");
        guard.admit("198.51.100.1", "two@example.org");
        assertThat(guard.admit("198.51.100.1", "three@example.org")).isPresent();
        assertThat(guard.admit("198.51.100.2", "four@example.org")).isEmpty();
    }

    @Test
    void twentyADayEvenWhenSpreadOut() {
        for (int i = 0; i < 20; i++) {
            assertThat(guard.admit("203.0.113.9", "busy@example.org")).as("comment %d", i + 1).isEmpty();
            clock.advance(Duration.ofMinutes(5));
        }
        Duration wait = guard.admit("203.0.113.9", "busy@example.org").orElseThrow();
        assertThat(wait).isGreaterThan(Duration.ofHours(20)).isLessThanOrEqualTo(Duration.ofDays(1));

        clock.advance(wait);
        assertThat(guard.admit("203.0.113.9", "busy@example.org")).isEmpty();
    }
}
