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
import org.sala.comment.CommentStatus;

/** One moderator decision on a comment: who, when, from which status to which. Never changed. */
@Entity
@Table(name = "comment_decision")
public class CommentDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "comment_id", nullable = false)
    private long commentId;

    @Column(name = "moderator_account_id")
    private @Nullable Long moderatorAccountId;

    @Column(name = "moderator_name", nullable = false, length = 120)
    private String moderatorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private @Nullable CommentStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private CommentStatus toStatus;

    @Column(name = "body_edited", nullable = false)
    private boolean bodyEdited;

    /** The raw text before this decision's edit, when it edited the comment. */
    @Column(name = "body_before", columnDefinition = "TEXT")
    private @Nullable String bodyBefore;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "is_undo", nullable = false)
    private boolean undo;

    protected CommentDecision() {}

    public CommentDecision(long commentId, @Nullable Long moderatorAccountId, String moderatorName, @Nullable CommentStatus fromStatus,
            CommentStatus toStatus, boolean bodyEdited, Instant decidedAt) {
        this(commentId, moderatorAccountId, moderatorName, fromStatus, toStatus, bodyEdited, decidedAt, false);
    }

    public CommentDecision(long commentId, @Nullable Long moderatorAccountId, String moderatorName, @Nullable CommentStatus fromStatus,
            CommentStatus toStatus, boolean bodyEdited, Instant decidedAt, boolean undo) {
        this.undo = undo;
        this.commentId = commentId;
        this.moderatorAccountId = moderatorAccountId;
        this.moderatorName = moderatorName;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.bodyEdited = bodyEdited;
        this.decidedAt = decidedAt;
    }

    /** Keeps the text the comment had before this decision edited it. */
    public CommentDecision withTextBefore(@Nullable String text) {
        this.bodyBefore = text;
        return this;
    }

    public @Nullable String getBodyBefore() {
        return bodyBefore;
    }

    public long getCommentId() {
        return commentId;
    }

    public @Nullable Long getModeratorAccountId() {
        return moderatorAccountId;
    }

    public String getModeratorName() {
        return moderatorName;
    }

    public @Nullable CommentStatus getFromStatus() {
        return fromStatus;
    }

    public CommentStatus getToStatus() {
        return toStatus;
    }

    public boolean isBodyEdited() {
        return bodyEdited;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public boolean isUndo() {
        return undo;
    }
}
