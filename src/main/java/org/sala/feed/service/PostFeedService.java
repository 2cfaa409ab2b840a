package org.sala.feed.service;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.sala.base.site.DiscoveryPaths;
import org.sala.base.site.SiteAddress;
import org.sala.base.site.SiteProperties;
import org.sala.post.CategoryLink;
import org.sala.post.PostListService;
import org.sala.post.PostSummary;
import org.sala.post.PostWithBody;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Feeds of the newest published posts: the whole site's and each category's. */
@Service
@Transactional(readOnly = true)
public class PostFeedService {

    public static final int SIZE = 20;

    private final PostListService posts;
    private final FeedTexts texts;
    private final SiteAddress address;
    private final SiteProperties site;
    private final Clock clock;

    PostFeedService(PostListService posts, FeedTexts texts, SiteAddress address, SiteProperties site, Clock clock) {
        this.posts = posts;
        this.texts = texts;
        this.address = address;
        this.site = site;
        this.clock = clock;
    }

    public SyndFeed site(FeedFormat format) {
        SyndFeeds.Head head = new SyndFeeds.Head(site.name(), texts.get("layout.tagline"), address.absolute("/"),
                address.absolute(format == FeedFormat.RSS ? DiscoveryPaths.SITE_FEED : DiscoveryPaths.SITE_ATOM_FEED));
        return feed(format, head, posts.newestWithBodies(SIZE));
    }

    /** The category's feed, or empty for an unknown category. */
    public Optional<SyndFeed> category(String slug, FeedFormat format) {
        return posts.newestInCategoryWithBodies(slug, SIZE).map(found -> {
            CategoryLink category = found.category();
            SyndFeeds.Head head = new SyndFeeds.Head(texts.titled(category.name()),
                    texts.get("archive.category", category.name()), address.absolute(category.path()),
                    address.absolute(format == FeedFormat.RSS ? DiscoveryPaths.categoryFeed(category.slug())
                            : DiscoveryPaths.categoryAtomFeed(category.slug())));
            return feed(format, head, found.posts());
        });
    }

    private SyndFeed feed(FeedFormat format, SyndFeeds.Head head, List<PostWithBody> newest) {
        return SyndFeeds.feed(format, head, newest.stream().map(post -> entry(format, post)).toList(), clock.instant());
    }

    private SyndEntry entry(FeedFormat format, PostWithBody post) {
        PostSummary summary = post.summary();
        SyndEntry entry = SyndFeeds.entry(format, summary.title(), address.absolute(summary.address().path()),
                summary.author().name(), summary.publishedAt(), post.updatedAt());
        entry.setCategories(SyndFeeds.categories(summary.categories().stream().map(CategoryLink::name).toList()));
        entry.setDescription(SyndFeeds.text(summary.excerpt()));
        // Stored sanitised, and sanitised again after the policy changes (PostHtmlPolicy.VERSION).
        entry.setContents(List.of(SyndFeeds.html(post.bodyHtml())));
        return entry;
    }
}
