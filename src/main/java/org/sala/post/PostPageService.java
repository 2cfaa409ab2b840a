package org.sala.post;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sala.media.MediaLibraryService;
import org.sala.post.domain.Category;
import org.sala.post.domain.Post;
import org.sala.post.domain.PostLinkRow;
import org.sala.post.domain.PostRepository;
import org.sala.post.domain.PostSlugRedirectRepository;
import org.sala.post.service.PostLink;
import org.sala.post.service.TagLink;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A published post for its own page, with links to its neighbours in time. */
@Service
@Transactional(readOnly = true)
public class PostPageService {

    private final PostRepository posts;
    private final PostSlugRedirectRepository redirects;
    private final MediaLibraryService media;

    PostPageService(PostRepository posts, PostSlugRedirectRepository redirects, MediaLibraryService media) {
        this.posts = posts;
        this.redirects = redirects;
        this.media = media;
    }

    /** Where a published post now lives whose address had this slug before it changed. */
    public Optional<PostAddress> movedFrom(String oldSlug) {
        return redirects.findById(oldSlug)
                .filter(redirect -> !posts.existsBySlug(oldSlug))
                .flatMap(redirect -> posts.findById(redirect.getPostId()))
                .filter(post -> post.getStatus() == PostStatus.PUBLISHED)
                .map(post -> PostAddress.of(Objects.requireNonNull(post.getPublishedMonth()), post.getSlug()));
    }

    public Optional<PostDetails> published(String slug) {
        return posts.findWithDetailsBySlugAndStatus(slug, PostStatus.PUBLISHED).map(this::details);
    }

    /** Whether readers may comment on the post: it is published and its comments are open. */
    public boolean acceptsComments(long postId) {
        return posts.acceptsComments(postId);
    }

    /** When the post was (or will be) published; empty for a draft or an unknown post. */
    public Optional<Instant> publishedAt(long postId) {
        return posts.findPublishedAt(postId);
    }

    private PostDetails details(Post post) {
        // only published posts come here, and publish() set the moment
        Instant publishedAt = Objects.requireNonNull(post.getPublishedAt());
        List<CategoryLink> categories = post.getCategories().stream()
                .sorted(Comparator.comparingInt(Category::getPosition).thenComparing(Category::getName))
                .map(category -> new CategoryLink(category.getName(), category.getSlug()))
                .toList();
        List<TagLink> tags = post.getTags().stream()
                .map(tag -> new TagLink(tag.getName(), tag.getSlug()))
                .sorted(Comparator.comparing(TagLink::name))
                .toList();
        Optional<PostLink> older = posts.findOlderPublished(publishedAt, post.getId()).map(PostPageService::link);
        Optional<PostLink> newer = posts.findNewerPublished(publishedAt, post.getId()).map(PostPageService::link);
        return new PostDetails(post.getId(), PostAddress.of(Objects.requireNonNull(post.getPublishedMonth()), post.getSlug()), post.getTitle(),
                post.getBodyHtml(), post.getExcerpt(), publishedAt,
                new AuthorLink(post.getAuthor().getUsername(), post.getAuthor().getDisplayName()),
                categories, tags, post.isCommentsOpen(), post.getCommentCount(), older, newer,
                media.find(post.getFeaturedImageId()), media.attachmentsOf(post.getId()));
    }

    private static PostLink link(PostLinkRow row) {
        return new PostLink(row.title(), PostAddress.of(row.publishedMonth(), row.slug()));
    }
}
