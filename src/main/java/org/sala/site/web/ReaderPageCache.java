package org.sala.site.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import org.sala.base.cache.ReaderContentChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Reader pages as they were last made, per site address, page address and language (Caffeine,
 * bounded by {@code sala.reader-pages.cache-size}). Every change readers would see
 * ({@link ReaderContentChanged}) drops them all once it is committed, and a generation counter
 * makes sure that a page being made while the change happened is not kept. Pages whose content changes by itself (comments close) are made
 * again by then, and every page after {@link #SAFETY_NET} at the latest.
 */
@Component
@EnableConfigurationProperties(ReaderPagesProperties.class)
class ReaderPageCache {

    private static final Logger log = LoggerFactory.getLogger(ReaderPageCache.class);
    static final Duration SAFETY_NET = Duration.ofMinutes(10);

    /** A page of the cache: the site's address (absolute links), the page's address, the language. */
    record Key(String site, String address, String language) {}

    private final Clock clock;
    private final AtomicLong generation = new AtomicLong();
    private final Cache<Key, RenderedPage> pages;

    ReaderPageCache(Clock clock, ReaderPagesProperties properties) {
        this.clock = clock;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(properties.cacheSize().toBytes())
                .weigher((Key key, RenderedPage page) -> page.weight())
                .expireAfter(Expiry.writing((Key key, RenderedPage page) -> lifetime(page)))
                .build();
    }

    private Duration lifetime(RenderedPage page) {
        Duration left = Duration.between(clock.instant(), page.freshUntil());
        return left.isNegative() ? Duration.ZERO : left;
    }

    long generation() {
        return generation.get();
    }

    Instant freshUntilAtMost() {
        return clock.instant().plus(SAFETY_NET);
    }

    /** A page to send, and whether it was made for this request or came from the cache. */
    record Served(RenderedPage page, boolean made) {}

    /** The page from the cache if it is current, else made now (and kept if it is a 200). */
    // Caffeine's get(key, function) takes a function returning null for "keep nothing" (its @PolyNull,
    // which NullAway does not read); the null comes back here and is handled below.
    @SuppressWarnings("NullAway")
    Served get(Key key, LongFunction<RenderedPage> make) {
        RenderedPage kept = pages.getIfPresent(key);
        if (kept != null && kept.generation() == generation.get() && clock.instant().isBefore(kept.freshUntil())) {
            return new Served(kept, false);
        }
        if (kept != null) {
            pages.asMap().remove(key, kept);
        }
        RenderedPage[] made = new RenderedPage[1];
        RenderedPage page = pages.get(key, ignored -> {
            long current = generation.get();
            made[0] = make.apply(current);
            return made[0].status() == 200 && made[0].generation() == generation.get() ? made[0] : null;
        });
        return page != null ? new Served(page, page == made[0]) : new Served(made[0], true);
    }

    /** Whether the page is in the cache and current, without making it. */
    boolean isCurrent(Key key) {
        RenderedPage kept = pages.getIfPresent(key);
        return kept != null && kept.generation() == generation.get() && clock.instant().isBefore(kept.freshUntil());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(ReaderContentChanged change) {
        generation.incrementAndGet();
        pages.invalidateAll();
        log.debug("Reader pages dropped: {}", change.what());
    }

    long size() {
        return pages.estimatedSize();
    }
}
