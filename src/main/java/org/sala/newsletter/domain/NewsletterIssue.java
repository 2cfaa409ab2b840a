package org.sala.newsletter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One post sent to the mailing list; {@code lastSubscriberId} is how far the fan-out got. */
@Entity
@Table(name = "newsletter_issue")
public class NewsletterIssue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id", nullable = false)
    private long postId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String excerpt;

    @Column(nullable = false, length = 1000)
    private String link;

    @Column(nullable = false)
    private long subscribers;

    @Column(nullable = false)
    private long queued;

    @Column(name = "last_subscriber_id", nullable = false)
    private long lastSubscriberId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private @Nullable Instant finishedAt;

    protected NewsletterIssue() {}

    public NewsletterIssue(long postId, String title, String excerpt, String link, long subscribers, Instant now) {
        this.postId = postId;
        this.title = title;
        this.excerpt = excerpt;
        this.link = link;
        this.subscribers = subscribers;
        this.createdAt = now;
    }

    public void advance(long lastSubscriberId, int newlyQueued) {
        this.lastSubscriberId = lastSubscriberId;
        this.queued += newlyQueued;
    }

    public void finish(Instant now) {
        finishedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getPostId() {
        return postId;
    }

    public String getTitle() {
        return title;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public String getLink() {
        return link;
    }

    public long getSubscribers() {
        return subscribers;
    }

    public long getQueued() {
        return queued;
    }

    public long getLastSubscriberId() {
        return lastSubscriberId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getFinishedAt() {
        return finishedAt;
    }
}
