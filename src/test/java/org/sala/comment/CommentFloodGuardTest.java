package org.sala.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sala.comment.service.CommentFloodGuard;
import org.sala.comment.service.CommentLimits;
import org.sala.comment.service.ReaderTokens;
import org.sala.support.ShiftedClock;
import org.springframework.boot.context.properties.bind.Binder;

/** The default limits at their edges: 2 comments a minute and 20 a day, per IP, per email and per browser token. */
class CommentFloodGuardTest {

    private final ShiftedClock clock = ShiftedClock.startingAt(Instant.parse("2026-11-23T08:00:00Z"));
    private final CommentFloodGuard guard = new CommentFloodGuard(
            new Binder().bindOrCreate("sala.comments", CommentLimits.class), clock);

    @Test
    void twoAMinuteThenAClearWait() {
        assertThat(guard.admit("203.0.113.1", "a@example.org", null)).isEmpty();
        assertThat(guard.admit("203.0.113.1", "a@example.org", null)).isEmpty();

        Duration wait = guard.admit("203.0.113.1", "a@example.org", null).orElseThrow();
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(30));

        clock.moveAhead(wait);
        assertThat(guard.admit("203.0.113.1", "a@example.org", null)).isEmpty();
        assertThat(guard.admit("203.0.113.1", "a@example.org", null)).isPresent();
    }

    @Test
    void theLimitHoldsPerEmailAcrossAddressesAndPerAddressAcrossEmails() {
        guard.admit("203.0.113.1", "same@example.org", null);
        guard.admit("203.0.113.2", "SAME@example.org", null);
        assertThat(guard.admit("203.0.113.3", "same@example.org", null)).isPresent();

        guard.admit("198.51.100.1", "one@example.org", null);
        guard.admit("198.51.100.1", "two@example.org", null);
        assertThat(guard.admit("198.51.100.1", "three@example.org", null)).isPresent();
        assertThat(guard.admit("198.51.100.2", "four@example.org", null)).isEmpty();
    }

    @Test
    void twentyADayEvenWhenSpreadOut() {
        for (int i = 0; i < 20; i++) {
            assertThat(guard.admit("203.0.113.9", "busy@example.org", null)).as("comment %d", i + 1).isEmpty();
            clock.moveAhead(Duration.ofMinutes(5));
        }
        Duration wait = guard.admit("203.0.113.9", "busy@example.org", null).orElseThrow();
        assertThat(wait).isGreaterThan(Duration.ofHours(20)).isLessThanOrEqualTo(Duration.ofDays(1));

        clock.moveAhead(wait);
        assertThat(guard.admit("203.0.113.9", "busy@example.org", null)).isEmpty();
    }

    @Test
    void theLimitHoldsPerBrowserTokenAcrossAddressesAndEmails() {
        String browser = ReaderTokens.newToken();
        assertThat(guard.admit("203.0.113.31", "first@example.org", browser)).isEmpty();
        assertThat(guard.admit("203.0.113.32", "second@example.org", browser)).isEmpty();

        // the same wait the address and email limits give, so the reader sees the same message
        Duration wait = guard.admit("203.0.113.33", "third@example.org", browser).orElseThrow();
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(30));

        assertThat(guard.admit("203.0.113.34", "fourth@example.org", ReaderTokens.newToken())).isEmpty();
        clock.moveAhead(wait);
        assertThat(guard.admit("203.0.113.35", "fifth@example.org", browser)).isEmpty();
    }

    @Test
    void anUnknownAddressIsNoKeyButTheTokenAndTheEmailStillCount() {
        String browser = ReaderTokens.newToken();
        guard.admit(null, "one@example.org", browser);
        guard.admit(null, "two@example.org", browser);
        assertThat(guard.admit(null, "three@example.org", browser)).isPresent();

        guard.admit(null, "same@example.org", ReaderTokens.newToken());
        guard.admit(null, "same@example.org", ReaderTokens.newToken());
        assertThat(guard.admit(null, "same@example.org", ReaderTokens.newToken())).isPresent();

        // readers whose address is unknown do not share one bucket
        assertThat(guard.admit(null, "other@example.org", ReaderTokens.newToken())).isEmpty();
    }
}
