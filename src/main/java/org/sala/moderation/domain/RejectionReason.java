package org.sala.moderation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A reason moderators can give when rejecting a comment; its text is mailed to the commenter. */
@Entity
@Table(name = "rejection_reason")
public class RejectionReason {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String label;

    @Column(nullable = false, length = 2000)
    private String text;

    @Column(nullable = false)
    private int position;

    protected RejectionReason() {}

    @SuppressWarnings("NullAway.Init") // change() sets label and text
    public RejectionReason(String label, String text, int position) {
        change(label, text, position);
    }

    public void change(String label, String text, int position) {
        this.label = label;
        this.text = text;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public String getText() {
        return text;
    }

    public int getPosition() {
        return position;
    }
}
