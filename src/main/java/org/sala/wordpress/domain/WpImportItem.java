package org.sala.wordpress.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What one WordPress object of one exporting site became in Sala. */
@Entity
@Table(name = "wp_import_item")
public class WpImportItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WpKind kind;

    @Column(name = "wp_id", nullable = false, length = 200)
    private String wpId;

    @Column(name = "sala_id", nullable = false)
    private long salaId;

    @Column(name = "wp_slug", length = 200)
    private @Nullable String wpSlug;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WpImportItem() {}

    public WpImportItem(String source, WpKind kind, String wpId, long salaId, @Nullable String wpSlug, Instant createdAt) {
        this.source = source;
        this.kind = kind;
        this.wpId = wpId;
        this.salaId = salaId;
        this.wpSlug = wpSlug;
        this.createdAt = createdAt;
    }

    /** Points at a new Sala object (the old one was deleted since the last import). */
    public void pointAt(long salaId) {
        this.salaId = salaId;
    }

    public long getSalaId() {
        return salaId;
    }

    public WpKind getKind() {
        return kind;
    }
}
