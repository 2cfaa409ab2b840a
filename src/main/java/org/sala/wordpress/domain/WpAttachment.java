package org.sala.wordpress.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A WordPress attachment's metadata: the file stays where it was (its URL); Sala knows what it is
 * and which imported post it belongs to.
 */
@Entity
@Table(name = "wp_attachment")
public class WpAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String source;

    @Column(name = "wp_id", nullable = false)
    private long wpId;

    @Column(name = "post_id")
    private @Nullable Long postId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 1000)
    private String url;

    @Column(name = "content_type", length = 100)
    private @Nullable String contentType;

    @Column(columnDefinition = "TEXT")
    private String description;

    @Column(name = "uploaded_at")
    private @Nullable Instant uploadedAt;

    protected WpAttachment() {}

    public WpAttachment(String source, long wpId, @Nullable Long postId, String title, String url, @Nullable String contentType,
            String description, @Nullable Instant uploadedAt) {
        this.source = source;
        this.wpId = wpId;
        this.postId = postId;
        this.title = title;
        this.url = url;
        this.contentType = contentType;
        this.description = description;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public @Nullable Long getPostId() {
        return postId;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }

    public @Nullable String getContentType() {
        return contentType;
    }

    public String getDescription() {
        return description;
    }

    public @Nullable Instant getUploadedAt() {
        return uploadedAt;
    }
}
