package org.sala.post.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A post as its author edits it. {@code id} is null for a new post; {@code version} is the one the
 * author opened, so that a save over somebody else's newer save is refused. Messages are
 * translation keys.
 */
public class PostDraft {

    public static final int MAX_TITLE = 300;
    public static final int MAX_SLUG = 200;
    public static final int MAX_EXCERPT = 1000;
    /** What fits a MEDIUMTEXT column four bytes a character, with room for the rendering. */
    public static final int MAX_BODY = 1_000_000;

    private @Nullable Long id;
    private long version;

    @NotBlank(message = "authoring.error.title.required")
    @Size(max = MAX_TITLE, message = "authoring.error.title.too-long")
    private String title = "";

    @Size(max = MAX_SLUG, message = "authoring.error.slug.too-long")
    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*|", message = "authoring.error.slug.invalid")
    private String slug = "";

    @Size(max = MAX_BODY, message = "authoring.error.body.too-long")
    private String body = "";

    @Size(max = MAX_EXCERPT, message = "authoring.error.excerpt.too-long")
    private String excerpt = "";

    private List<String> categories = new ArrayList<>();
    private List<String> tags = new ArrayList<>();
    private boolean commentsOpen = true;
    private @Nullable Long featuredImageId;
    private List<Long> attachmentIds = new ArrayList<>();

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

    public String getExcerpt() {
        return excerpt;
    }

    public void setExcerpt(String excerpt) {
        this.excerpt = excerpt;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = new ArrayList<>(categories);
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = new ArrayList<>(tags);
    }

    public @Nullable Long getFeaturedImageId() {
        return featuredImageId;
    }

    public void setFeaturedImageId(@Nullable Long featuredImageId) {
        this.featuredImageId = featuredImageId;
    }

    public List<Long> getAttachmentIds() {
        return attachmentIds;
    }

    public void setAttachmentIds(List<Long> attachmentIds) {
        this.attachmentIds = new ArrayList<>(attachmentIds);
    }

    public boolean isCommentsOpen() {
        return commentsOpen;
    }

    public void setCommentsOpen(boolean commentsOpen) {
        this.commentsOpen = commentsOpen;
    }
}
