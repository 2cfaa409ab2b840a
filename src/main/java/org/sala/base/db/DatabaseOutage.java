package org.sala.base.db;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Remembers for a moment that the database just failed, so that a page's optional lookups (the
 * header's links, old-address redirects) are skipped instead of each waiting for a connection
 * that will not come. The page's own content still tries, and says "briefly unavailable".
 */
@Component
public class DatabaseOutage {

    static final Duration REMEMBERED = Duration.ofSeconds(10);

    private final Clock clock;
    private final AtomicReference<Instant> skipUntil = new AtomicReference<>(Instant.MIN);

    DatabaseOutage(Clock clock) {
        this.clock = clock;
    }

    /** The lookup's result, or {@code fallback} while the database is (or just turned out to be) down. */
    public <T extends @Nullable Object> T unlessDown(Supplier<T> lookup, T fallback) {
        if (clock.instant().isBefore(skipUntil.get())) {
            return fallback;
        }
        try {
            return lookup.get();
        } catch (RuntimeException failure) {
            if (!DatabaseProblems.isDatabaseProblem(failure)) {
                throw failure;
            }
            skipUntil.set(clock.instant().plus(REMEMBERED));
            return fallback;
        }
    }
}
