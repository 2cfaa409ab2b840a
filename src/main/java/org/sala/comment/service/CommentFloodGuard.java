package org.sala.comment.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Token buckets per IP address, per email and per browser token (Bucket4j), kept in a bounded
 * cache: a comment goes through only when each of them has a token left for the minute and for
 * the day, so rotating addresses and emails from one browser does not lift the limit. An unknown
 * address (not an IP literal) or a missing token is no key: the others still count.
 */
@Component
@EnableConfigurationProperties(CommentLimits.class)
public class CommentFloodGuard {

    private static final int MAX_TRACKED = 100_000;

    private final CommentLimits limits;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(MAX_TRACKED)
            .expireAfterAccess(Duration.ofDays(1))
            .build();

    public CommentFloodGuard(CommentLimits limits, Clock clock) {
        this.limits = limits;
        this.time = new ClockTime(clock);
    }

    /** Takes a token for the sender, or says how long they must wait (and takes nothing). */
    public synchronized Optional<Duration> admit(@Nullable String ip, String email, @Nullable String readerToken) {
        List<Bucket> senders = new ArrayList<>(3);
        if (ip != null) {
            senders.add(bucket("ip:" + ip));
        }
        senders.add(bucket("email:" + (email == null ? "-" : email.toLowerCase(Locale.ROOT))));
        String tokenHash = ReaderTokens.hash(readerToken);
        if (tokenHash != null) {
            senders.add(bucket("reader:" + tokenHash));
        }
        long waitNanos = 0;
        for (Bucket sender : senders) {
            waitNanos = Math.max(waitNanos, sender.estimateAbilityToConsume(1).getNanosToWaitForRefill());
        }
        if (waitNanos > 0) {
            return Optional.of(Duration.ofNanos(waitNanos));
        }
        senders.forEach(sender -> sender.tryConsume(1));
        return Optional.empty();
    }

    private Bucket bucket(String key) {
        return buckets.get(key, unused -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limits.perMinute())
                        .refillGreedy(limits.perMinute(), Duration.ofMinutes(1)).build())
                .addLimit(Bandwidth.builder().capacity(limits.perDay())
                        .refillIntervally(limits.perDay(), Duration.ofDays(1)).build())
                .withCustomTimePrecision(time)
                .build());
    }

    /** Bucket4j reads the time from the application's clock, so that tests can move it. */
    private record ClockTime(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            return TimeUnit.MILLISECONDS.toNanos(clock.millis());
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
