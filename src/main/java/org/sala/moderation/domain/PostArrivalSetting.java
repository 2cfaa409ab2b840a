package org.sala.moderation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.sala.comment.CommentArrival;

/** What happens to new comments on one post, instead of the site's setting. */
@Entity
@Table(name = "post_comment_mode")
public class PostArrivalSetting {

    @Id
    @Column(name = "post_id")
    private long postId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CommentArrival arrival;

    @SuppressWarnings("NullAway.Init")
    protected PostArrivalSetting() {}

    public PostArrivalSetting(long postId, CommentArrival arrival) {
        this.postId = postId;
        this.arrival = arrival;
    }

    public CommentArrival getArrival() {
        return arrival;
    }

    public void setArrival(CommentArrival arrival) {
        this.arrival = arrival;
    }
}
