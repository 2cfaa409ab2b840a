package org.sala.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A moderator who wants a mail when comments wait; when the last one went. */
@Entity
@Table(name = "moderator_digest")
public class ModeratorDigest {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "last_sent_at")
    private @Nullable Instant lastSentAt;

    protected ModeratorDigest() {}

    public ModeratorDigest(long accountId) {
        this.accountId = accountId;
    }

    public void sent(Instant now) {
        lastSentAt = now;
    }

    public Long getAccountId() {
        return accountId;
    }

    public @Nullable Instant getLastSentAt() {
        return lastSentAt;
    }
}
