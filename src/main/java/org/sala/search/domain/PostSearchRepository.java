package org.sala.search.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PostSearchRepository extends JpaRepository<PostSearchEntry, Long>, PostSearchQueries {

    /**
     * Ids of published posts that contain every term, best first: a title match weighs three
     * times a body match; ties go to the newer post.
     */
    @Query(value = """
            SELECT p.id FROM post_search s JOIN post p ON p.id = s.post_id
            WHERE MATCH (s.title_terms, s.body_terms) AGAINST (:terms IN BOOLEAN MODE)
              AND p.status = 'PUBLISHED'
            ORDER BY 3 * MATCH (s.title_terms) AGAINST (:terms IN BOOLEAN MODE)
                     + MATCH (s.title_terms, s.body_terms) AGAINST (:terms IN BOOLEAN MODE) DESC,
                     p.published_at DESC, p.id DESC
            LIMIT :limit OFFSET :offset""", nativeQuery = true)
    List<Long> findPublishedMatches(String terms, int limit, long offset);

    @Query("select new org.sala.search.domain.PostText(e.postId, e.bodyText) from PostSearchEntry e"
            + " where e.postId in :postIds")
    List<PostText> findTexts(Collection<Long> postIds);
}
