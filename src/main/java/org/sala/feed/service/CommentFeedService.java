package org.sala.feed.service;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sala.base.site.DiscoveryPaths;
import org.sala.base.site.SiteAddress;
import org.sala.comment.ApprovedComment;
import org.sala.comment.RecentCommentsService;
import org.sala.post.PostAddress;
import org.sala.post.PostListService;
import org.sala.post.PostPageService;
import org.sala.post.PostSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * RSS feeds of the newest approved comments, on the whole site and on one post. A comment in a
 * feed has its writer's name, its date, its sanitised text and a link to it under its post;
 * never an email or an IP address.
 */
@Service
@Transactional(readOnly = true)
public class CommentFeedService {

    public static final int SIZE = 20;

    private final RecentCommentsService comments;
    private final PostListService postLists;
    private final PostPageService postPages;
    private final FeedTexts texts;
    private final SiteAddress address;
    private final Clock clock;

    CommentFeedService(RecentCommentsService comments, PostListService postLists, PostPageService postPages,
            FeedTexts texts, SiteAddress address, Clock clock) {
        this.comments = comments;
        this.postLists = postLists;
        this.postPages = postPages;
        this.texts = texts;
        this.address = address;
        this.clock = clock;
    }

    public SyndFeed site() {
        List<ApprovedComment> newest = comments.newest(SIZE);
        Map<Long, PostSummary> posts = postLists.summaries(newest.stream().map(ApprovedComment::postId).distinct()
                .toList()).stream().collect(Collectors.toMap(PostSummary::id, Function.identity()));
        List<SyndEntry> entries = newest.stream()
                .filter(comment -> posts.containsKey(comment.postId()))
                .map(comment -> {
                    PostSummary post = Objects.requireNonNull(posts.get(comment.postId()));
                    return entry(comment, post.title(), post.address());
                })
                .toList();
        SyndFeeds.Head head = new SyndFeeds.Head(texts.titled(texts.get("feed.comments")),
                texts.get("feed.comments.about"), address.absolute("/"), address.absolute(DiscoveryPaths.COMMENT_FEED));
        return SyndFeeds.feed(FeedFormat.RSS, head, entries, clock.instant());
    }

    /** The comments on the published post at that address, or empty when there is none. */
    public Optional<SyndFeed> onPost(int year, int month, String slug) {
        return postPages.published(slug)
                .filter(post -> post.address().equals(new PostAddress(year, month, slug)))
                .map(post -> {
                    List<SyndEntry> entries = comments.newestOn(post.id(), SIZE).stream()
                            .map(comment -> entry(comment, post.title(), post.address()))
                            .toList();
                    SyndFeeds.Head head = new SyndFeeds.Head(texts.titled(texts.get("feed.comments-on", post.title())),
                            texts.get("feed.comments.about"), address.absolute(post.address().path()),
                            address.absolute(DiscoveryPaths.postCommentFeed(post.address().path())));
                    return SyndFeeds.feed(FeedFormat.RSS, head, entries, clock.instant());
                });
    }

    private SyndEntry entry(ApprovedComment comment, String postTitle, PostAddress post) {
        String url = address.absolute(post.path()) + "#comment-" + comment.id();
        SyndEntry entry = SyndFeeds.entry(FeedFormat.RSS, texts.get("feed.comment-title", comment.authorName(),
                postTitle), url, comment.authorName(), comment.createdAt(), comment.createdAt());
        // Stored sanitised, and sanitised again after the policy changes (CommentHtmlPolicy.VERSION).
        String html = comment.bodyHtml();
        entry.setDescription(SyndFeeds.html(html));
        entry.setContents(List.of(SyndFeeds.html(html)));
        return entry;
    }
}
