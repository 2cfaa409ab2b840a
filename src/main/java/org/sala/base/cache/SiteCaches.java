package org.sala.base.cache;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.cache.transaction.TransactionAwareCacheManagerProxy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What every page reads and staff rarely change, kept in memory (Spring's cache abstraction on
 * Caffeine). The services that change it evict it with {@code @CacheEvict}; inside a transaction
 * the eviction waits for the commit, so the next reader finds the new state in the database.
 * Each cache is small and bounded; entries also expire after {@link #SAFETY_NET}, which bounds how
 * long a value read just before a change could outlive it.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching(order = SiteCaches.ORDER)
public class SiteCaches {

    /**
     * Inside method security (its checks run first, so a cached answer never skips them) and
     * outside transactions, so that a cached answer takes no database connection at all.
     */
    static final int ORDER = 1_000;

    /** The header's categories ({@code ArchiveService.categories()}). */
    public static final String CATEGORIES = "categories";
    /** The header's pages ({@code SitePageService.navigation()}). */
    public static final String PAGE_NAVIGATION = "page-navigation";
    /** The moderators' comment settings as post pages need them. */
    public static final String COMMENT_SETTINGS = "comment-settings";

    static final Duration SAFETY_NET = Duration.ofMinutes(5);
    /** Each of these caches holds one value; a few keys at most. */
    static final int MAX_ENTRIES = 16;

    @Bean
    CacheManager cacheManager() {
        CaffeineCacheManager caffeine = new CaffeineCacheManager();
        caffeine.setCaffeine(Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(SAFETY_NET));
        // Only these caches exist: a misspelt name fails at once instead of making a new cache.
        caffeine.setCacheNames(List.of(CATEGORIES, PAGE_NAVIGATION, COMMENT_SETTINGS));
        return new TransactionAwareCacheManagerProxy(caffeine);
    }
}
