package org.sala.account.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per account name and per IP address. After a few, each next attempt has to wait
 * longer (1 s, 2 s, 4 s, ...); after many, sign-in is locked for a while. An address gets more
 * room than an account name, since several people may share one. A success clears the name.
 */
@Component
class LoginThrottle {

    static final int FREE_FAILURES_PER_NAME = 3;
    static final int LOCK_AFTER_PER_NAME = 10;
    static final int FREE_FAILURES_PER_IP = 10;
    static final int LOCK_AFTER_PER_IP = 30;
    static final Duration LOCK = Duration.ofMinutes(15);
    private static final Duration LONGEST_PAUSE = Duration.ofMinutes(2);
    static final int MAX_NAME_KEY = 200;

    private record Failures(int count, Instant last) {}

    private final Clock clock;
    private final Cache<String, Failures> failures = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(LOCK)
            .build();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this attempt must wait still; empty when it may go ahead. */
    Optional<Duration> waitFor(String username, String ip) {
        Duration byName = wait(failures.getIfPresent(nameKey(username)), FREE_FAILURES_PER_NAME, LOCK_AFTER_PER_NAME);
        Duration byIp = wait(failures.getIfPresent(ipKey(ip)), FREE_FAILURES_PER_IP, LOCK_AFTER_PER_IP);
        Duration longest = byName.compareTo(byIp) >= 0 ? byName : byIp;
        return longest.isPositive() ? Optional.of(longest) : Optional.empty();
    }

    void failed(String username, String ip) {
        Instant now = clock.instant();
        failures.asMap().merge(nameKey(username), new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
        failures.asMap().merge(ipKey(ip), new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
    }

    void succeeded(String username) {
        failures.invalidate(nameKey(username));
    }

    private Duration wait(Failures recorded, int free, int lockAfter) {
        if (recorded == null || recorded.count() < free) {
            return Duration.ZERO;
        }
        Duration pause = recorded.count() >= lockAfter ? LOCK
                : min(Duration.ofSeconds(1L << Math.min(20, recorded.count() - free)), LONGEST_PAUSE);
        Duration waited = Duration.between(recorded.last(), clock.instant());
        return pause.minus(waited);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** An account name as typed, fit for a log line: no line breaks or other control characters. */
    static String forLog(String username) {
        if (username == null) {
            return "";
        }
        String clean = username.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 100 ? clean.substring(0, 100) + "…" : clean;
    }

    /** Account names are short; a longer one is cut, so that junk cannot fill the cache's memory. */
    private static String nameKey(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return "name:" + (name.length() > MAX_NAME_KEY ? name.substring(0, MAX_NAME_KEY) : name);
    }

    private static String ipKey(String ip) {
        return "ip:" + (ip == null ? "-" : ip);
    }
}
