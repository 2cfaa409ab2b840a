package org.sala.comment.service;

import org.sala.base.cache.SiteCaches;
import org.sala.comment.CommentRuleService;
import org.sala.comment.domain.CommentSettings;
import org.sala.comment.domain.CommentSettingsRepository;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The closing rule as every post page needs it (to show the form or "closed"), cached;
 * {@link CommentRuleService#save} evicts it. A submitted comment is checked against the settings
 * row itself ({@link CommentRuleCheck}), so a save applies to the very next comment.
 */
@Component
class CommentClosingCache {

    private final CommentSettingsRepository settings;

    CommentClosingCache(CommentSettingsRepository settings) {
        this.settings = settings;
    }

    @Cacheable(cacheNames = SiteCaches.COMMENT_SETTINGS, key = "'closing'")
    @Transactional(readOnly = true)
    public CommentClosing current() {
        return new CommentClosing(settings.findById(CommentSettings.ID).orElseThrow().getCloseAfterDays());
    }
}
