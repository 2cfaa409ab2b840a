package org.sala.post.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface TagRepository extends JpaRepository<Tag, Long> {

    Optional<Tag> findBySlug(String slug);

    Optional<Tag> findByName(String name);

    /** Whether another tag has this name (compared as the column's collation does). */
    boolean existsByNameAndIdNot(String name, long id);

    List<Tag> findByNameContainingOrderByName(String text, Pageable page);

    /**
     * One page of the tags whose name matches the LIKE pattern (backslash escapes), leaving out
     * the tag {@code exceptId}, by name, each with its number of posts (counted from the index).
     */
    @Query(value = """
            SELECT t.id AS id, t.name AS name, t.slug AS slug,
                   (SELECT COUNT(*) FROM post_tag pt WHERE pt.tag_id = t.id) AS posts
            FROM tag t WHERE t.name LIKE :pattern AND t.id <> :exceptId
            ORDER BY t.name, t.id LIMIT :limit OFFSET :offset""", nativeQuery = true)
    List<TaxonomyCount> findWithPostCounts(String pattern, long exceptId, int limit, long offset);

    @Query(value = "SELECT COUNT(*) FROM tag t WHERE t.name LIKE :pattern AND t.id <> :exceptId", nativeQuery = true)
    long countMatching(String pattern, long exceptId);

    /** Gives every post of the source tag the target too; posts that had both keep it once. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            INSERT IGNORE INTO post_tag (post_id, tag_id)
            SELECT post_id, :targetId FROM post_tag WHERE tag_id = :sourceId""", nativeQuery = true)
    int addPostsOf(long sourceId, long targetId);

    /** Takes the tag off every post; the posts keep their other tags. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "DELETE FROM post_tag WHERE tag_id = :tagId", nativeQuery = true)
    int removeFromPosts(long tagId);
}
