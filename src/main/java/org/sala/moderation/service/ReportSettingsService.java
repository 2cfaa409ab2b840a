package org.sala.moderation.service;

import org.sala.moderation.domain.ModerationSetting;
import org.sala.moderation.domain.ModerationSettingRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The site setting for readers' reports: after how many open reports a published comment is hidden. */
@Service
@PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
public class ReportSettingsService {

    /** More than this many reports before hiding would be no setting at all. */
    public static final int MAX_HIDE_AFTER = 100;

    private final ModerationSettingRepository settings;

    ReportSettingsService(ModerationSettingRepository settings) {
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

    private ModerationSetting setting() {
        return settings.findById(ModerationSetting.ID)
                .orElseThrow(() -> new IllegalStateException("moderation_setting has no row " + ModerationSetting.ID));
    }
}
