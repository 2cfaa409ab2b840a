package org.sala.feed.web;

import java.util.Optional;
import org.sala.base.site.DiscoveryPaths;
import org.sala.feed.service.CommentFeedService;
import org.sala.feed.service.FeedFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** RSS feeds of the newest approved comments, of the site and of each post. */
@RestController
class CommentFeedController {

    private final CommentFeedService feeds;

    CommentFeedController(CommentFeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping(DiscoveryPaths.COMMENT_FEED)
    ResponseEntity<byte[]> site() {
        return FeedResponses.of(FeedFormat.RSS, Optional.of(feeds.site()));
    }

    @GetMapping(DiscoveryPaths.POST_COMMENT_FEED)
    ResponseEntity<byte[]> onPost(@PathVariable int year, @PathVariable int month, @PathVariable String slug) {
        return FeedResponses.of(FeedFormat.RSS, feeds.onPost(year, month, slug));
    }
}
