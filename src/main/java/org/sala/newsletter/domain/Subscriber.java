package org.sala.newsletter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An address on the mailing list, from the first sign-up (pending) on. */
@Entity
public class Subscriber {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(length = 100)
    private @Nullable String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SubscriberStatus status = SubscriberStatus.PENDING;

    @Column(nullable = false, length = 20)
    private String locale;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmation_sent_at")
    private @Nullable Instant confirmationSentAt;

    @Column(name = "confirmed_at")
    private @Nullable Instant confirmedAt;

    @Column(name = "unsubscribed_at")
    private @Nullable Instant unsubscribedAt;

    @Version
    private long version;

    protected Subscriber() {}

    public Subscriber(String email, @Nullable String name, String locale, Instant now) {
        this.email = email;
        this.name = name;
        this.locale = locale;
        this.createdAt = now;
    }

    /** Signs up again (or for the first time): pending until the new link is opened. */
    public void awaitConfirmation(@Nullable String name, String locale, Instant now) {
        if (status != SubscriberStatus.CONFIRMED) {
            status = SubscriberStatus.PENDING;
        }
        if (name != null) {
            this.name = name;
        }
        this.locale = locale;
        this.confirmationSentAt = now;
    }

    public void confirm(Instant now) {
        status = SubscriberStatus.CONFIRMED;
        confirmedAt = now;
        unsubscribedAt = null;
    }

    public void unsubscribe(Instant now) {
        status = SubscriberStatus.UNSUBSCRIBED;
        unsubscribedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public @Nullable String getName() {
        return name;
    }

    public SubscriberStatus getStatus() {
        return status;
    }

    public String getLocale() {
        return locale;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getConfirmationSentAt() {
        return confirmationSentAt;
    }

    public @Nullable Instant getConfirmedAt() {
        return confirmedAt;
    }

    public @Nullable Instant getUnsubscribedAt() {
        return unsubscribedAt;
    }
}
