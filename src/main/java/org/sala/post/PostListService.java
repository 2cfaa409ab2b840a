package org.sala.post;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sala.account.AccountService;
import org.sala.base.text.LikePatterns;
import org.sala.post.domain.CategoryRepository;
import org.sala.post.domain.PostBodyRow;
import org.sala.post.domain.PostCategoryRow;
import org.sala.post.domain.PostChangeRow;
import org.sala.post.domain.PostRepository;
import org.sala.post.domain.PostSummaryRow;
import org.sala.post.domain.TagRepository;
import org.sala.post.service.Archive;
import org.sala.post.service.PostListPage;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Newest-first pages of published posts: the front page and the archives. */
@Service
@Transactional(readOnly = true)
public class PostListService {

    public static final int PAGE_SIZE = 10;

    /** Reads one more id than a page holds, to know whether an older page exists. */
    private interface IdPageQuery {
        List<Long> ids(int limit, long offset);
    }

    private final PostRepository posts;
    private final CategoryRepository categories;
    private final TagRepository tags;
    private final AccountService accounts;

    PostListService(PostRepository posts, CategoryRepository categories, TagRepository tags,
            AccountService accounts) {
        this.posts = posts;
        this.categories = categories;
        this.tags = tags;
        this.accounts = accounts;
    }

    public PostListPage frontPage(int page) {
        return page(page, posts::findPublishedIds);
    }

    public Optional<Archive> inCategory(String slug, int page) {
        return categories.findBySlug(slug).map(category -> new Archive(category.getName(),
                page(page, (limit, offset) -> posts.findPublishedIdsInCategory(category.getId(), limit, offset))));
    }

    public Optional<Archive> withTag(String slug, int page) {
        return tags.findBySlug(slug).map(tag -> new Archive(tag.getName(),
                page(page, (limit, offset) -> posts.findPublishedIdsWithTag(tag.getId(), limit, offset))));
    }

    public Optional<Archive> byAuthor(String username, int page) {
        return accounts.findByUsername(username).map(author -> new Archive(author.displayName(),
                page(page, (limit, offset) -> posts.findPublishedIdsByAuthor(author.id(), limit, offset))));
    }

    public PostListPage inMonth(YearMonth month, int page) {
        int yearMonth = month.getYear() * 100 + month.getMonthValue();
        return page(page, (limit, offset) -> posts.findPublishedIdsInMonth(yearMonth, limit, offset));
    }

    /** Summaries of the given posts in the given order, leaving out any that are not found. */
    public List<PostSummary> summaries(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, PostSummaryRow> rows = posts.findSummaryRows(ids).stream()
                .collect(Collectors.toMap(PostSummaryRow::id, Function.identity()));
        Map<Long, List<CategoryLink>> categoriesByPost = categoriesOf(ids);
        List<PostSummary> summaries = new ArrayList<>(ids.size());
        for (Long id : ids) {
            PostSummaryRow row = rows.get(id);
            if (row != null) {
                summaries.add(new PostSummary(row.id(), PostAddress.of(row.publishedMonth(), row.slug()),
                        row.title(), row.excerpt(), row.publishedAt(),
                        new AuthorLink(row.authorUsername(), row.authorName()),
                        categoriesByPost.getOrDefault(id, List.of()), row.commentCount()));
            }
        }
        return summaries;
    }

    /** The newest published posts with their bodies, newest first: for feeds. */
    public List<PostWithBody> newestWithBodies(int limit) {
        return withBodies(posts.findPublishedIds(limit, 0));
    }

    /** The newest published posts of the category with their bodies, or empty for an unknown category. */
    public Optional<CategoryPosts> newestInCategoryWithBodies(String slug, int limit) {
        return categories.findBySlug(slug).map(category -> new CategoryPosts(
                new CategoryLink(category.getName(), category.getSlug()),
                withBodies(posts.findPublishedIdsInCategory(category.getId(), limit, 0))));
    }

    /**
     * At most {@code limit} published posts with an id above {@code afterId}, in id order. Start
     * with 0 and go on after the last id returned, to walk every post without holding them all.
     */
    public List<PostLastModified> publishedAfter(long afterId, int limit) {
        return posts.findPublishedDatesAfter(afterId, Limit.of(limit)).stream()
                .map(row -> new PostLastModified(row.id(), PostAddress.of(row.publishedMonth(), row.slug()),
                        row.updatedAt().isAfter(row.publishedAt()) ? row.updatedAt() : row.publishedAt()))
                .toList();
    }

    public long publishedCount() {
        return posts.countByStatus(PostStatus.PUBLISHED);
    }

    /** The id of the published post at {@code position} (from 0) in id order; empty when there are not so many. */
    public Optional<Long> publishedIdAt(long position) {
        return posts.findPublishedIdAfter(0, position);
    }

    /**
     * The next {@code count} published posts after the id {@code afterId}, in id order, as the
     * last of their ids and the newest time one of them changed (as in {@link #publishedAfter});
     * empty when there is none. Cuts the walk of {@link #publishedAfter} into spans of a known
     * size without reading the posts.
     */
    public Optional<PublishedSpan> publishedSpan(long afterId, long count) {
        if (count < 1) {
            return Optional.empty();
        }
        // fewer than count left (some went since they were counted): the rest
        long upToId = posts.findPublishedIdAfter(afterId, count - 1).orElse(Long.MAX_VALUE);
        PostChangeRow row = posts.findPublishedChangesBetween(afterId, upToId);
        return changedLast(row).map(lastModified -> new PublishedSpan(row.lastId(), lastModified));
    }

    /** When a published post last changed (as in {@link #publishedAfter}); empty when none is published. */
    public Optional<Instant> lastPublishedChange() {
        return changedLast(posts.findPublishedChangesBetween(0, Long.MAX_VALUE));
    }

    private static Optional<Instant> changedLast(PostChangeRow row) {
        if (row.publishedAt() == null) {
            return Optional.empty();
        }
        return Optional.of(row.updatedAt() != null && row.updatedAt().isAfter(row.publishedAt())
                ? row.updatedAt() : row.publishedAt());
    }

    /** A page of the published posts whose title contains the text, newest first: for picking one. */
    public List<PostChoice> titled(String text, int page, int pageSize) {
        return posts.findPublishedTitled(LikePatterns.containing(text), PageRequest.of(page, pageSize));
    }

    private PostListPage page(int page, IdPageQuery query) {
        int safePage = Math.max(1, page);
        long offset = (long) (safePage - 1) * PAGE_SIZE;
        List<Long> ids = query.ids(PAGE_SIZE + 1, offset);
        boolean hasOlder = ids.size() > PAGE_SIZE;
        List<Long> pageIds = hasOlder ? ids.subList(0, PAGE_SIZE) : ids;
        return new PostListPage(summaries(pageIds), safePage, hasOlder);
    }

    private List<PostWithBody> withBodies(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, PostBodyRow> bodies = posts.findBodyRows(ids).stream()
                .collect(Collectors.toMap(PostBodyRow::id, Function.identity()));
        return summaries(ids).stream()
                .filter(summary -> bodies.containsKey(summary.id()))
                .map(summary -> {
                    PostBodyRow body = Objects.requireNonNull(bodies.get(summary.id()));
                    return new PostWithBody(summary, body.bodyHtml(), body.updatedAt());
                })
                .toList();
    }

    private Map<Long, List<CategoryLink>> categoriesOf(Collection<Long> ids) {
        return posts.findCategoryRows(ids).stream().collect(Collectors.groupingBy(PostCategoryRow::postId,
                Collectors.mapping(row -> new CategoryLink(row.name(), row.slug()), Collectors.toList())));
    }
}
