package org.sala.feed.web;

import java.util.Optional;
import org.sala.base.site.DiscoveryPaths;
import org.sala.feed.service.FeedFormat;
import org.sala.feed.service.PostFeedService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** RSS and Atom feeds of the newest posts, of the site and of each category. */
@RestController
class PostFeedController {

    private final PostFeedService feeds;

    PostFeedController(PostFeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping(DiscoveryPaths.SITE_FEED)
    ResponseEntity<byte[]> site() {
        return FeedResponses.of(FeedFormat.RSS, Optional.of(feeds.site(FeedFormat.RSS)));
    }

    @GetMapping(DiscoveryPaths.SITE_ATOM_FEED)
    ResponseEntity<byte[]> siteAtom() {
        return FeedResponses.of(FeedFormat.ATOM, Optional.of(feeds.site(FeedFormat.ATOM)));
    }

    @GetMapping(DiscoveryPaths.CATEGORY_FEED)
    ResponseEntity<byte[]> category(@PathVariable String slug) {
        return FeedResponses.of(FeedFormat.RSS, feeds.category(slug, FeedFormat.RSS));
    }

    @GetMapping(DiscoveryPaths.CATEGORY_ATOM_FEED)
    ResponseEntity<byte[]> categoryAtom(@PathVariable String slug) {
        return FeedResponses.of(FeedFormat.ATOM, feeds.category(slug, FeedFormat.ATOM));
    }
}
