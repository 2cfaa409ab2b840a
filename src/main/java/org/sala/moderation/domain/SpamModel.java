package org.sala.moderation.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** One trained spam model, serialised; the newest is the one in use. */
@Entity
@Table(name = "spam_model")
public class SpamModel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "trained_at", nullable = false)
    private Instant trainedAt;

    @Column(name = "spam_examples", nullable = false)
    private int spamExamples;

    @Column(name = "other_examples", nullable = false)
    private int otherExamples;

    @Column(name = "built_in", nullable = false)
    private boolean builtIn;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    private byte[] model;

    @SuppressWarnings("NullAway.Init")
    protected SpamModel() {}

    @SuppressWarnings("NullAway.Init") // the id comes with the insert
    public SpamModel(Instant trainedAt, int spamExamples, int otherExamples, boolean builtIn, byte[] model) {
        this.trainedAt = trainedAt;
        this.spamExamples = spamExamples;
        this.otherExamples = otherExamples;
        this.builtIn = builtIn;
        this.model = model;
    }

    public Long getId() {
        return id;
    }

    public boolean isBuiltIn() {
        return builtIn;
    }

    public byte[] getModel() {
        return model;
    }
}
