package org.sala.page.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A page outside the blog, such as "About". Its HTML is always the sanitised rendering of its source. */
@Entity
@Table(name = "site_page")
public class SitePage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String slug;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "body_source", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String bodySource;

    @Column(name = "body_html", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String bodyHtml;

    /** The version of {@code PostHtmlPolicy} (pages share the posts' policy) that {@code bodyHtml} went through. */
    @Column(name = "html_policy_version", nullable = false)
    private int htmlPolicyVersion;

    @Column(name = "nav_position", nullable = false)
    private int navPosition;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected SitePage() {}

    @SuppressWarnings("NullAway.Init") // setContent sets slug, title and bodies before the first save
    public SitePage(Instant createdAt) {
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public void setContent(String slug, String title, String bodySource, String sanitisedHtml, int htmlPolicyVersion,
            int navPosition, boolean published, Instant now) {
        this.slug = slug;
        this.title = title;
        this.bodySource = bodySource;
        this.bodyHtml = sanitisedHtml;
        this.htmlPolicyVersion = htmlPolicyVersion;
        this.navPosition = navPosition;
        this.published = published;
        this.updatedAt = now;
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

    public int getNavPosition() {
        return navPosition;
    }

    public boolean isPublished() {
        return published;
    }

    public long getVersion() {
        return version;
    }
}
