package org.sala.post.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sala.account.Account;
import org.sala.post.PostStatus;

/**
 * A piece the organisation publishes. Its HTML body is always the sanitised rendering of its
 * source: nothing else sets it.
 */
@Entity
public class Post {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 200)
    private String slug;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "body_source", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String bodySource;

    @Column(name = "body_html", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String bodyHtml;

    /** The version of {@code PostHtmlPolicy} that {@code bodyHtml} went through. */
    @Column(name = "html_policy_version", nullable = false)
    private int htmlPolicyVersion;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String excerpt;

    @Column(name = "featured_image_id")
    private @Nullable Long featuredImageId;

    /** The author's own excerpt, or null for the first paragraph. */
    @Column(name = "excerpt_source", columnDefinition = "TEXT")
    private @Nullable String excerptSource;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PostStatus status = PostStatus.DRAFT;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Account author;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    @Column(name = "published_month")
    private @Nullable Integer publishedMonth;

    @Column(name = "comments_open", nullable = false)
    private boolean commentsOpen = true;

    /** Kept by the moderation service with an UPDATE of its own; never written from here. */
    @Column(name = "comment_count", insertable = false, updatable = false)
    private int commentCount;

    @ManyToMany
    @JoinTable(name = "post_category", joinColumns = @JoinColumn(name = "post_id"),
            inverseJoinColumns = @JoinColumn(name = "category_id"))
    private Set<Category> categories = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "post_tag", joinColumns = @JoinColumn(name = "post_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    private Set<Tag> tags = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Post() {}

    @SuppressWarnings("NullAway.Init") // title, bodies and excerpt are set by the service before the first save
    public Post(Account author, String slug, Instant createdAt) {
        this.author = author;
        this.slug = slug;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public void setContent(String title, String bodySource, String sanitisedBodyHtml, int htmlPolicyVersion,
            String excerpt, Instant now) {
        this.title = title;
        this.bodySource = bodySource;
        this.bodyHtml = sanitisedBodyHtml;
        this.htmlPolicyVersion = htmlPolicyVersion;
        this.excerpt = excerpt;
        this.updatedAt = now;
    }

    public void publish(Instant publishedAt, ZoneId siteZone) {
        ZonedDateTime local = publishedAt.atZone(siteZone);
        this.status = PostStatus.PUBLISHED;
        this.publishedAt = publishedAt;
        this.publishedMonth = local.getYear() * 100 + local.getMonthValue();
    }

    /** Waits until {@code at}, when the scheduler publishes it with that date. */
    public void schedule(Instant at, ZoneId siteZone) {
        publish(at, siteZone);
        this.status = PostStatus.SCHEDULED;
    }

    /** Off the site; it keeps its date and address for when it comes back. */
    public void unpublish() {
        this.status = PostStatus.UNPUBLISHED;
    }

    public void backToDraft() {
        this.status = PostStatus.DRAFT;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public void setExcerptSource(@Nullable String excerptSource) {
        this.excerptSource = excerptSource;
    }

    public void setFeaturedImageId(@Nullable Long featuredImageId) {
        this.featuredImageId = featuredImageId;
    }

    public @Nullable Long getFeaturedImageId() {
        return featuredImageId;
    }

    public @Nullable String getExcerptSource() {
        return excerptSource;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public void setCategories(Set<Category> categories) {
        this.categories = new LinkedHashSet<>(categories);
    }

    public void setTags(Set<Tag> tags) {
        this.tags = new LinkedHashSet<>(tags);
    }

    public void setCommentsOpen(boolean commentsOpen) {
        this.commentsOpen = commentsOpen;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getBodySource() {
        return bodySource;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public int getHtmlPolicyVersion() {
        return htmlPolicyVersion;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public PostStatus getStatus() {
        return status;
    }

    public Account getAuthor() {
        return author;
    }

    public @Nullable Instant getPublishedAt() {
        return publishedAt;
    }

    public @Nullable Integer getPublishedMonth() {
        return publishedMonth;
    }

    public boolean isCommentsOpen() {
        return commentsOpen;
    }

    public int getCommentCount() {
        return commentCount;
    }

    public Set<Category> getCategories() {
        return Collections.unmodifiableSet(categories);
    }

    public Set<Tag> getTags() {
        return Collections.unmodifiableSet(tags);
    }
}
