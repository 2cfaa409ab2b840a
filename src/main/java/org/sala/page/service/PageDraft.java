package org.sala.page.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A page as it is edited; {@code id} is null for a new one. Messages are translation keys. */
public class PageDraft {

    private @Nullable Long id;
    private long version;

    @NotBlank(message = "authoring.error.title.required")
    @Size(max = 300, message = "authoring.error.title.too-long")
    private String title = "";

    @Size(max = 200, message = "authoring.error.slug.too-long")
    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*|", message = "authoring.error.slug.invalid")
    private String slug = "";

    @Size(max = 1_000_000, message = "authoring.error.body.too-long")
    private String body = "";

    @Min(value = 0, message = "pages.error.position")
    @Max(value = 999, message = "pages.error.position")
    private int navPosition;

    private boolean published;

    public @Nullable Long getId() {
        return id;
    }

    public void setId(@Nullable Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public int getNavPosition() {
        return navPosition;
    }

    public void setNavPosition(int navPosition) {
        this.navPosition = navPosition;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }
}
