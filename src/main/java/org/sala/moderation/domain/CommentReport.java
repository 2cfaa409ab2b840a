package org.sala.moderation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.sala.moderation.ReportReason;

/** A reader's report on a published comment; who sent it is kept as a hash of their browser token only. */
@Entity
@Table(name = "comment_report")
public class CommentReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "comment_id", nullable = false)
    private long commentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ReportReason reason;

    @Column(length = 500)
    private @Nullable String note;

    @Column(name = "reporter_token_hash", nullable = false, length = 64)
    private String reporterTokenHash;

    @Column(name = "reporter_ip", length = 45)
    private @Nullable String reporterIp;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(name = "resolved_at")
    private @Nullable Instant resolvedAt;

    @SuppressWarnings("NullAway.Init")
    protected CommentReport() {}

    @SuppressWarnings("NullAway.Init") // the id comes with the insert
    public CommentReport(long commentId, ReportReason reason, @Nullable String note, String reporterTokenHash,
            @Nullable String reporterIp, Instant reportedAt) {
        this.commentId = commentId;
        this.reason = reason;
        this.note = note;
        this.reporterTokenHash = reporterTokenHash;
        this.reporterIp = reporterIp;
        this.reportedAt = reportedAt;
    }

    public long getCommentId() {
        return commentId;
    }

    public ReportReason getReason() {
        return reason;
    }

    public @Nullable String getNote() {
        return note;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }
}
