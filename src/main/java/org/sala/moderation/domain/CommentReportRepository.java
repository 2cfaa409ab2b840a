package org.sala.moderation.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Readers' reports; those still open are the "Reported" tab. */
public interface CommentReportRepository extends JpaRepository<CommentReport, Long> {

    /** A comment with open reports: how many, and the latest. */
    interface ReportedComment {
        long getCommentId();

        long getReports();

        Instant getLastReportedAt();
    }

    boolean existsByCommentIdAndReporterTokenHash(long commentId, String reporterTokenHash);

    @Query("select count(r) from CommentReport r where r.commentId = :commentId and r.resolvedAt is null")
    long countOpen(long commentId);

    /** The comments with open reports, the most reported first (the open-reports index, no table scan). */
    @Query(value = """
            SELECT comment_id AS commentId, COUNT(*) AS reports, MAX(reported_at) AS lastReportedAt
            FROM comment_report WHERE resolved_at IS NULL
            GROUP BY comment_id ORDER BY reports DESC, lastReportedAt DESC, comment_id""",
            countQuery = "SELECT COUNT(DISTINCT comment_id) FROM comment_report WHERE resolved_at IS NULL",
            nativeQuery = true)
    List<ReportedComment> findReported(Pageable page);

    @Query(value = "SELECT COUNT(DISTINCT comment_id) FROM comment_report WHERE resolved_at IS NULL", nativeQuery = true)
    long countReported();

    @Query("select r from CommentReport r where r.commentId in :commentIds and r.resolvedAt is null order by r.reportedAt")
    List<CommentReport> findOpen(Collection<Long> commentIds);

    /** A moderator decided on the comments: their reports are dealt with. */
    @Modifying
    @Query("update CommentReport r set r.resolvedAt = :at where r.commentId in :commentIds and r.resolvedAt is null")
    int resolve(Collection<Long> commentIds, Instant at);
}
