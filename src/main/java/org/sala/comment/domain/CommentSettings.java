package org.sala.comment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.sala.comment.CommentArrival;
import org.sala.comment.TooManyLinks;

/** The moderators' settings for arriving comments: there is one row, id 1. */
@Entity
@Table(name = "comment_settings")
public class CommentSettings {

    public static final int ID = 1;

    @Id
    private int id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CommentArrival arrival;

    /** More links than this and {@link #tooManyLinks} applies; null for no limit. */
    @Column(name = "max_links")
    private @Nullable Integer maxLinks;

    @Enumerated(EnumType.STRING)
    @Column(name = "too_many_links", nullable = false, length = 20)
    private TooManyLinks tooManyLinks;

    /** Posts published longer ago than this take no new comments; null for never. */
    @Column(name = "close_after_days")
    private @Nullable Integer closeAfterDays;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", length = 120)
    private @Nullable String updatedBy;

    @Version
    private long version;

    protected CommentSettings() {}

    public void change(CommentArrival arrival, @Nullable Integer maxLinks, TooManyLinks tooManyLinks, @Nullable Integer closeAfterDays,
            String by, Instant at) {
        this.arrival = arrival;
        this.maxLinks = maxLinks;
        this.tooManyLinks = tooManyLinks;
        this.closeAfterDays = closeAfterDays;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public CommentArrival getArrival() {
        return arrival;
    }

    public @Nullable Integer getMaxLinks() {
        return maxLinks;
    }

    public TooManyLinks getTooManyLinks() {
        return tooManyLinks;
    }

    public @Nullable Integer getCloseAfterDays() {
        return closeAfterDays;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public @Nullable String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
