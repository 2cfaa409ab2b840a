package org.sala.post.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

@Entity
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @Column(nullable = false, unique = true, length = 120)
    private String slug;

    @Column(nullable = false)
    private int position;

    /** The category this one sits under (kept from WordPress imports), or null. */
    @Column(name = "parent_id")
    private @Nullable Long parentId;

    protected Category() {}

    public Category(String name, String slug, int position) {
        this.name = name;
        this.slug = slug;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }

    /** A new name; the slug stays, so that links to the archive keep working. */
    public void rename(String name) {
        this.name = name;
    }

    public int getPosition() {
        return position;
    }

    public @Nullable Long getParentId() {
        return parentId;
    }

    public void setParentId(@Nullable Long parentId) {
        this.parentId = parentId;
    }
}
