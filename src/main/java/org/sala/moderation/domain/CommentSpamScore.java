package org.sala.moderation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A comment's spam score on arrival. */
@Entity
@Table(name = "comment_spam_score")
public class CommentSpamScore {

    @Id
    @Column(name = "comment_id")
    private long commentId;

    @Column(nullable = false)
    private double score;

    @Column(name = "model_id")
    private @Nullable Long modelId;

    protected CommentSpamScore() {}

    public CommentSpamScore(long commentId, double score, @Nullable Long modelId) {
        this.commentId = commentId;
        this.score = score;
        this.modelId = modelId;
    }

    public long getCommentId() {
        return commentId;
    }

    public double getScore() {
        return score;
    }
}
