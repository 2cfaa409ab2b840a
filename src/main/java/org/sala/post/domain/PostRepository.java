package org.sala.post.domain;

import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.sala.base.html.StoredHtml;
import org.sala.base.text.LikePatterns;
import org.sala.post.PostChoice;
import org.sala.post.PostStatus;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Lists page in two steps: the ids of one page come from an index in the order readers see
 * (newest first), then only those rows are read, without their bodies.
 */
public interface PostRepository extends JpaRepository<Post, Long>, JpaSpecificationExecutor<Post> {

    boolean existsBySlug(String slug);

    boolean existsBySlugAndIdNot(String slug, long id);

    @EntityGraph(attributePaths = {"author", "categories", "tags"})
    Optional<Post> findWithDetailsById(long id);

    /** Scheduled posts whose time has come, oldest first, a batch at a time. */
    @Query(value = """
            SELECT id FROM post WHERE status = 'SCHEDULED' AND published_at <= :now
            ORDER BY published_at, id LIMIT :limit""", nativeQuery = true)
    List<Long> findDueIds(Instant now, int limit);

    /** The posts of an author's list, newest change first. */
    static Specification<Post> matching(PostWorkFilter filter) {
        return (post, query, cb) -> {
            List<Predicate> conditions = new ArrayList<>();
            if (filter.authorId() != null) {
                conditions.add(cb.equal(post.get("author").get("id"), filter.authorId()));
            }
            if (filter.status() != null) {
                conditions.add(cb.equal(post.get("status"), filter.status()));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                conditions.add(cb.like(post.get("title"), LikePatterns.containing(filter.text()), LikePatterns.ESCAPE));
            }
            return cb.and(conditions.toArray(Predicate[]::new));
        };
    }

    @EntityGraph(attributePaths = {"author", "categories", "tags"})
    Optional<Post> findWithDetailsBySlugAndStatus(String slug, PostStatus status);

    @Query(value = """
            SELECT id FROM post WHERE status = 'PUBLISHED'
            ORDER BY published_at DESC, id DESC LIMIT :limit OFFSET :offset""", nativeQuery = true)
    List<Long> findPublishedIds(int limit, long offset);

    @Query(value = """
            SELECT p.id FROM post p JOIN post_category pc ON pc.post_id = p.id
            WHERE pc.category_id = :categoryId AND p.status = 'PUBLISHED'
            ORDER BY p.published_at DESC, p.id DESC LIMIT :limit OFFSET :offset""", nativeQuery = true)
    List<Long> findPublishedIdsInCategory(long categoryId, int limit, long offset);

    @Query(value = """
            SELECT p.id FROM post p JOIN post_tag pt ON pt.post_id = p.id
            WHERE pt.tag_id = :tagId AND p.status = 'PUBLISHED'
            ORDER BY p.published_at DESC, p.id DESC LIMIT :limit OFFSET :offset""", nativeQuery = true)
    List<Long> findPublishedIdsWithTag(long tagId, int limit, long offset);

    @Query(value = """
            SELECT id FROM post WHERE status = 'PUBLISHED' AND author_id = :authorId
            ORDER BY published_at DESC, id DESC LIMIT :limit OFFSET :offset""", nativeQuery = true)
    List<Long> findPublishedIdsByAuthor(long authorId, int limit, long offset);

    @Query(value = """
            SELECT id FROM post WHERE status = 'PUBLISHED' AND published_month = :yearMonth
            ORDER BY published_at DESC, id DESC LIMIT :limit OFFSET :offset""", nativeQuery = true)
    List<Long> findPublishedIdsInMonth(int yearMonth, int limit, long offset);

    @Query("""
            select new org.sala.post.domain.PostSummaryRow(p.id, p.slug, p.title, p.excerpt, p.publishedAt,
                p.publishedMonth, a.username, a.displayName, p.commentCount)
            from Post p join p.author a where p.id in :ids""")
    List<PostSummaryRow> findSummaryRows(Collection<Long> ids);

    @Query("""
            select new org.sala.post.domain.PostBodyRow(p.id, p.bodyHtml, p.updatedAt)
            from Post p where p.id in :ids""")
    List<PostBodyRow> findBodyRows(Collection<Long> ids);

    /** Published posts with an id above {@code afterId}, in id order: walks them all a chunk at a time. */
    @Query("""
            select new org.sala.post.domain.PostDateRow(p.id, p.slug, p.publishedMonth, p.publishedAt, p.updatedAt)
            from Post p where p.status = org.sala.post.PostStatus.PUBLISHED and p.id > :afterId
            order by p.id""")
    List<PostDateRow> findPublishedDatesAfter(long afterId, Limit limit);

    long countByStatus(PostStatus status);

    /**
     * The id of the published post {@code skip} places after the first one with an id above
     * {@code afterId}, in id order (skip 0: that first one); empty when there are not so many.
     */
    @Query(value = """
            SELECT id FROM post WHERE status = 'PUBLISHED' AND id > :afterId
            ORDER BY id LIMIT 1 OFFSET :skip""", nativeQuery = true)
    Optional<Long> findPublishedIdAfter(long afterId, long skip);

    /** The highest id and newest dates of the published posts with an id above {@code afterId} and at most {@code upToId}. */
    @Query("""
            select new org.sala.post.domain.PostChangeRow(max(p.id), max(p.publishedAt), max(p.updatedAt))
            from Post p where p.status = org.sala.post.PostStatus.PUBLISHED
              and p.id > :afterId and p.id <= :upToId""")
    PostChangeRow findPublishedChangesBetween(long afterId, long upToId);

    @Query("""
            select new org.sala.post.domain.PostCategoryRow(p.id, c.name, c.slug)
            from Post p join p.categories c where p.id in :ids order by c.position, c.name""")
    List<PostCategoryRow> findCategoryRows(Collection<Long> ids);

    @Query(value = """
            SELECT published_month AS yearMonth, COUNT(*) AS posts FROM post WHERE status = 'PUBLISHED'
            GROUP BY published_month ORDER BY published_month DESC""", nativeQuery = true)
    List<MonthCount> countPublishedByMonth();

    /** Bodies stored under a policy version below {@code version}, with an id above {@code afterId}, in id order. */
    @Query("""
            select new org.sala.base.html.StoredHtml(p.id, p.bodySource, p.bodyHtml) from Post p
            where p.htmlPolicyVersion < :version and p.id > :afterId order by p.id""")
    List<StoredHtml> findHtmlOlderThan(int version, long afterId, Limit limit);

    /**
     * The body sanitised again, only while it is still outdated: a save in the meantime stored a
     * current rendering already. Neither {@code updatedAt} nor the editors' version changes: nobody edited it.
     */
    @Modifying
    @Query("""
            update Post p set p.bodyHtml = :html, p.htmlPolicyVersion = :version
            where p.id = :id and p.htmlPolicyVersion < :version""")
    int storeResanitisedHtml(long id, String html, int version);

    @Modifying
    @Query("update Post p set p.commentCount = p.commentCount + :delta where p.id = :postId")
    int adjustCommentCount(long postId, int delta);

    @Modifying
    @Query("update Post p set p.commentCount = p.commentCount + :delta where p.id in :postIds")
    int adjustCommentCounts(Collection<Long> postIds, int delta);

    @Query("""
            select new org.sala.post.PostChoice(p.id, p.title) from Post p
            where p.status = org.sala.post.PostStatus.PUBLISHED and p.title like :pattern escape '\\'
            order by p.publishedAt desc, p.id desc""")
    List<PostChoice> findPublishedTitled(String pattern, Pageable page);

    @Query("""
            select (count(p) > 0) from Post p
            where p.id = :postId and p.status = org.sala.post.PostStatus.PUBLISHED and p.commentsOpen = true""")
    boolean acceptsComments(long postId);

    @Query("select p.publishedAt from Post p where p.id = :postId")
    Optional<Instant> findPublishedAt(long postId);

    /** The next older published post than the one published at {@code at} with id {@code id}. */
    @Query("""
            select new org.sala.post.domain.PostLinkRow(p.id, p.title, p.slug, p.publishedMonth) from Post p
            where p.status = org.sala.post.PostStatus.PUBLISHED
              and (p.publishedAt < :at or (p.publishedAt = :at and p.id < :id))
            order by p.publishedAt desc, p.id desc limit 1""")
    Optional<PostLinkRow> findOlderPublished(Instant at, long id);

    /** The next newer published post than the one published at {@code at} with id {@code id}. */
    @Query("""
            select new org.sala.post.domain.PostLinkRow(p.id, p.title, p.slug, p.publishedMonth) from Post p
            where p.status = org.sala.post.PostStatus.PUBLISHED
              and (p.publishedAt > :at or (p.publishedAt = :at and p.id > :id))
            order by p.publishedAt asc, p.id asc limit 1""")
    Optional<PostLinkRow> findNewerPublished(Instant at, long id);
}
