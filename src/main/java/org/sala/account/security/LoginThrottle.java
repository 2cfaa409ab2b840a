package org.sala.account.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per account and per IP address. After a few, each next attempt has to wait
 * longer (1 s, 2 s, 4 s, ... at most {@link #LONGEST_PAUSE}). An account is never locked: its
 * delay slows a guesser down, and a browser that signed in to it before skips that delay (see
 * {@link KnownBrowsers}), so that nobody can lock the owner out. An address gets more room than an
 * account, since several people may share one, and is locked after many failures. A success
 * clears the account. Names count as the database compares them (accent, case and width do not
 * matter: {@code dára}, {@code DARA} and {@code ｄａｒａ} are all the account {@code dara}).
 */
@Component
class LoginThrottle {

    static final int FREE_FAILURES_PER_NAME = 3;
    static final int FREE_FAILURES_PER_IP = 10;
    static final int LOCK_AFTER_PER_IP = 30;
    static final Duration LOCK = Duration.ofMinutes(15);
    static final Duration LONGEST_PAUSE = Duration.ofMinutes(2);
    /** The owner hears of failed sign-ins at most this often. */
    static final Duration WARN_AT_MOST_EVERY = Duration.ofHours(1);
    static final int MAX_NAME_KEY = 200;

    /** Like the column's utf8mb4_uca1400_ai_ci: primary strength ignores accents, case and width. */
    private static final Collator NAMES = names();

    private record Failures(int count, Instant last) {}

    private final Clock clock;
    private final Cache<String, Failures> failures = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(LOCK)
            .build();
    private final Cache<String, Instant> warned = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(WARN_AT_MOST_EVERY)
            .build();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this attempt must wait still; empty when it may go ahead. */
    Optional<Duration> waitFor(String username, String ip) {
        return waitFor(username, ip, false);
    }

    /** As {@link #waitFor(String, String)}; a browser known to the account skips the account's delay. */
    Optional<Duration> waitFor(String username, String ip, boolean knownBrowser) {
        Duration byName = knownBrowser ? Duration.ZERO
                : wait(failures.getIfPresent(nameKey(username)), FREE_FAILURES_PER_NAME, Integer.MAX_VALUE);
        Duration byIp = wait(failures.getIfPresent(ipKey(ip)), FREE_FAILURES_PER_IP, LOCK_AFTER_PER_IP);
        Duration longest = byName.compareTo(byIp) >= 0 ? byName : byIp;
        return longest.isPositive() ? Optional.of(longest) : Optional.empty();
    }

    /**
     * Counts a failure; true when the owner should hear of it now: the account's failures just
     * reached the point where delays start, and the owner was not told within the last hour.
     */
    boolean failed(String username, @Nullable String ip) {
        Instant now = clock.instant();
        String name = nameKey(username);
        Failures counted = failures.asMap().merge(name, new Failures(1, now),
                (old, one) -> new Failures(old.count() + 1, now));
        failures.asMap().merge(ipKey(ip), new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
        if (counted.count() != FREE_FAILURES_PER_NAME) {
            return false;
        }
        Instant before = warned.asMap().get(name);
        if (before != null && before.plus(WARN_AT_MOST_EVERY).isAfter(now)) {
            return false;
        }
        warned.put(name, now);
        return true;
    }

    void succeeded(String username) {
        failures.invalidate(nameKey(username));
    }

    private Duration wait(@Nullable Failures recorded, int free, int lockAfter) {
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

    /**
     * The account a name means, as the database compares names: every spelling of one account has
     * the same key. Account names are short; a longer one is cut, so that junk cannot fill memory.
     */
    static String nameKey(String username) {
        String name = username == null ? "" : username.strip();
        name = name.length() > MAX_NAME_KEY ? name.substring(0, MAX_NAME_KEY) : name;
        return "name:" + HexFormat.of().formatHex(NAMES.getCollationKey(name).toByteArray());
    }

    private static String ipKey(@Nullable String ip) {
        return "ip:" + (ip == null ? "-" : ip);
    }

    private static Collator names() {
        Collator collator = Collator.getInstance(ULocale.ROOT);
        collator.setStrength(Collator.PRIMARY);
        return collator.freeze();
    }
}
