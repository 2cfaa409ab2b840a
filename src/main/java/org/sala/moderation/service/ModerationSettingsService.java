package org.sala.moderation.service;

import org.jspecify.annotations.Nullable;
import org.sala.moderation.domain.ModerationSetting;
import org.sala.moderation.domain.ModerationSettingRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderation's site settings: after how many open reports a published comment is hidden, and the
 * spam score from which a comment goes straight to spam.
 */
@Service
@PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
public class ModerationSettingsService {

    /** More than this many reports before hiding would be no setting at all. */
    public static final int MAX_HIDE_AFTER = 100;
    /** Below even odds the filter would send more good comments to spam than it catches. */
    public static final double MIN_SPAM_THRESHOLD = 0.5;

    private final ModerationSettingRepository settings;

    ModerationSettingsService(ModerationSettingRepository settings) {
        this.settings = settings;
    }

    /** 0 means reports never hide a comment. */
    @Transactional(readOnly = true)
    public int hideAfterReports() {
        return setting().getHideAfterReports();
    }

    @Transactional
    public void changeHideAfterReports(int reports) {
        if (reports < 0 || reports > MAX_HIDE_AFTER) {
            throw new IllegalArgumentException("Reports before hiding must be 0 to " + MAX_HIDE_AFTER + ", not " + reports);
        }
        setting().setHideAfterReports(reports);
    }

    /** Null: the spam filter's score only informs moderators. */
    @Transactional(readOnly = true)
    public @Nullable Double spamThreshold() {
        return setting().getSpamThreshold();
    }

    @Transactional
    public void changeSpamThreshold(@Nullable Double threshold) {
        if (threshold != null && (threshold < MIN_SPAM_THRESHOLD || threshold > 1)) {
            throw new IllegalArgumentException("The spam threshold must be " + MIN_SPAM_THRESHOLD + " to 1, not " + threshold);
        }
        setting().setSpamThreshold(threshold);
    }

    private ModerationSetting setting() {
        return settings.findById(ModerationSetting.ID)
                .orElseThrow(() -> new IllegalStateException("moderation_setting has no row " + ModerationSetting.ID));
    }
}
