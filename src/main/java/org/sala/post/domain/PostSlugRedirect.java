package org.sala.post.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An address a post had before its slug changed: links to it keep working. */
@Entity
@Table(name = "post_slug_redirect")
public class PostSlugRedirect {

    @Id
    @Column(name = "old_slug", length = 200)
    private String oldSlug;

    @Column(name = "post_id", nullable = false)
    private long postId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PostSlugRedirect() {}

    public PostSlugRedirect(String oldSlug, long postId, Instant createdAt) {
        this.oldSlug = oldSlug;
        this.postId = postId;
        this.createdAt = createdAt;
    }

    public String getOldSlug() {
        return oldSlug;
    }

    public long getPostId() {
        return postId;
    }
}
