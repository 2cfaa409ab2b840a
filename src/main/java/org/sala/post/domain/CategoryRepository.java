package org.sala.post.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CategoryRepository extends JpaRepository<Category, Long> {

    Optional<Category> findBySlug(String slug);

    Optional<Category> findByName(String name);

    /** Whether another category has this name (compared as the column's collation does). */
    boolean existsByNameAndIdNot(String name, long id);

    List<Category> findAllByOrderByPositionAscNameAsc();

    /** Every category with its number of posts, in the readers' order (there are few). */
    @Query(value = """
            SELECT c.id AS id, c.name AS name, c.slug AS slug, COUNT(pc.post_id) AS posts
            FROM category c LEFT JOIN post_category pc ON pc.category_id = c.id
            GROUP BY c.id, c.name, c.slug, c.position ORDER BY c.position, c.name""", nativeQuery = true)
    List<TaxonomyCount> findAllWithPostCounts();

    /** Files every post of the source category under the target too; posts already there stay once. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            INSERT IGNORE INTO post_category (post_id, category_id)
            SELECT post_id, :targetId FROM post_category WHERE category_id = :sourceId""", nativeQuery = true)
    int addPostsOf(long sourceId, long targetId);

    /** Takes the category off every post; the posts keep their other categories. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "DELETE FROM post_category WHERE category_id = :categoryId", nativeQuery = true)
    int removeFromPosts(long categoryId);
}
