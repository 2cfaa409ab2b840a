package org.sala.comment.domain;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sala.comment.CommentRuleKind;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CommentRuleEntryRepository extends JpaRepository<CommentRuleEntry, Long> {

    /** A page of one list, newest first, optionally only values containing {@code likePattern}. */
    @Query(value = """
            SELECT * FROM comment_rule_entry
            WHERE kind = :kind AND (:likePattern IS NULL OR value LIKE :likePattern)
            ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset""", nativeQuery = true)
    List<CommentRuleEntry> findPage(String kind, @Nullable String likePattern, long offset, int limit);

    @Query(value = """
            SELECT COUNT(*) FROM comment_rule_entry
            WHERE kind = :kind AND (:likePattern IS NULL OR value LIKE :likePattern)""", nativeQuery = true)
    long countPage(String kind, @Nullable String likePattern);

    boolean existsByKindAndValueIn(CommentRuleKind kind, Collection<String> values);

    boolean existsByKindAndValue(CommentRuleKind kind, String value);

    /**
     * The values of the lists that must be scanned rather than looked up (words, IP ranges).
     * Moderators type these by hand, so they stay short; the limit keeps a mistake from hurting.
     */
    @Query("select e.value from CommentRuleEntry e where e.kind = :kind order by e.id")
    List<String> findValues(CommentRuleKind kind, Limit limit);

    @Modifying
    @Query("delete from CommentRuleEntry e where e.kind = :kind and e.value = :value")
    int deleteByKindAndValue(CommentRuleKind kind, String value);
}
