package org.sala.base.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Token buckets (Bucket4j) per sender key (an IP address, an email, a browser token), kept in a
 * bounded cache: something goes through only when each of the sender's keys has a token left for
 * the minute and for the day.
 */
public final class SenderBuckets {

    private static final int MAX_TRACKED = 100_000;

    private final int perMinute;
    private final int perDay;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(MAX_TRACKED)
            .expireAfterAccess(Duration.ofDays(1))
            .build();

    public SenderBuckets(int perMinute, int perDay, Clock clock) {
        this.perMinute = perMinute;
        this.perDay = perDay;
        this.time = new ClockTime(clock);
    }

    /** Takes a token from each key's bucket, or says how long the sender must wait (and takes nothing). */
    public synchronized Optional<Duration> admit(List<String> keys) {
        List<Bucket> senders = keys.stream().map(this::bucket).toList();
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
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .addLimit(Bandwidth.builder().capacity(perDay).refillIntervally(perDay, Duration.ofDays(1)).build())
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
