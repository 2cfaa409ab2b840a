package org.sala.moderation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What moderators want each other to know about a commenter, kept by their email; never shown to readers. */
@Entity
@Table(name = "commenter_note")
public class CommenterNote {

    @Id
    @Column(length = 254)
    private String email;

    @Column(nullable = false, length = 1000)
    private String note;

    @Column(name = "updated_by", nullable = false, length = 120)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @SuppressWarnings("NullAway.Init")
    protected CommenterNote() {}

    @SuppressWarnings("NullAway.Init") // change() sets the rest
    public CommenterNote(String email, String note, String updatedBy, Instant updatedAt) {
        this.email = email;
        change(note, updatedBy, updatedAt);
    }

    public void change(String note, String updatedBy, Instant updatedAt) {
        this.note = note;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    public String getEmail() {
        return email;
    }

    public String getNote() {
        return note;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
