package org.sala.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a commenter asked to be told by mail about their comment. */
@Entity
@Table(name = "comment_notification")
public class CommentNotification {

    @Id
    @Column(name = "comment_id")
    private Long commentId;

    @Column(name = "when_published", nullable = false)
    private boolean whenPublished;

    @Column(nullable = false)
    private boolean replies;

    protected CommentNotification() {}

    public CommentNotification(long commentId, boolean whenPublished, boolean replies) {
        this.commentId = commentId;
        this.whenPublished = whenPublished;
        this.replies = replies;
    }

    public Long getCommentId() {
        return commentId;
    }

    public boolean isWhenPublished() {
        return whenPublished;
    }

    public boolean isReplies() {
        return replies;
    }
}
