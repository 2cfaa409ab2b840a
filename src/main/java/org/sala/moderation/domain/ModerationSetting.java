package org.sala.moderation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** Moderation's site settings: one row. */
@Entity
@Table(name = "moderation_setting")
public class ModerationSetting {

    public static final byte ID = 1;

    @Id
    private byte id;

    @Column(name = "hide_after_reports", nullable = false)
    private int hideAfterReports;

    @Column(name = "spam_threshold")
    private @Nullable Double spamThreshold;

    protected ModerationSetting() {}

    /** Comments the spam filter scores at or above it go straight to spam; null: never. */
    public @Nullable Double getSpamThreshold() {
        return spamThreshold;
    }

    public void setSpamThreshold(@Nullable Double spamThreshold) {
        this.spamThreshold = spamThreshold;
    }

    /** How many readers' reports hide a published comment until a moderator decides; 0 for never. */
    public int getHideAfterReports() {
        return hideAfterReports;
    }

    public void setHideAfterReports(int hideAfterReports) {
        this.hideAfterReports = hideAfterReports;
    }
}
