package org.sala.newsletter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A secret generated on first use and kept, when none is configured. */
@Entity
@Table(name = "signing_key")
public class SigningKey {

    @Id
    @Column(length = 50)
    private String name;

    @Column(nullable = false, length = 200)
    private String secret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SigningKey() {}

    public SigningKey(String name, String secret, Instant createdAt) {
        this.name = name;
        this.secret = secret;
        this.createdAt = createdAt;
    }

    public String getSecret() {
        return secret;
    }
}
