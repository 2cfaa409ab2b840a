package org.sala.moderation.service.spam;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sala.comment.CommentRule;
import org.sala.comment.CommentStatus;
import org.sala.comment.SpamCheck;
import org.sala.moderation.domain.CommentDecision;
import org.sala.moderation.domain.CommentDecisionRepository;
import org.sala.moderation.domain.CommentSpamScore;
import org.sala.moderation.domain.CommentSpamScoreRepository;
import org.sala.moderation.domain.ModerationSetting;
import org.sala.moderation.domain.ModerationSettingRepository;
import org.sala.moderation.service.DecisionEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The spam filter at a comment's arrival, for the comment module: the score, the site's threshold,
 * and once the comment is stored, its score and (when the filter sent it to spam) a line in its history.
 */
@Component
class SpamScoring implements SpamCheck {

    private static final Logger log = LoggerFactory.getLogger(SpamScoring.class);

    private final SpamFilter filter;
    private final ModerationSettingRepository settings;
    private final CommentSpamScoreRepository scores;
    private final CommentDecisionRepository decisions;
    private final java.time.Clock clock;

    SpamScoring(SpamFilter filter, ModerationSettingRepository settings, CommentSpamScoreRepository scores,
            CommentDecisionRepository decisions, java.time.Clock clock) {
        this.filter = filter;
        this.settings = settings;
        this.scores = scores;
        this.decisions = decisions;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public Assessment assess(String text) {
        try {
            SpamFilter.Current model = filter.current();
            Double threshold = settings.findById(ModerationSetting.ID).map(ModerationSetting::getSpamThreshold).orElse(null);
            return new Assessment(model.classifier().spamProbability(text), model.modelId(), threshold);
        } catch (RuntimeException failed) {
            // a comment must not be lost to the filter: it goes on unscored, held as the rules say
            log.warn("The spam filter could not score a comment: {}", failed.toString());
            return Assessment.NONE;
        }
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void assessed(long commentId, Assessment assessment, @Nullable CommentRule decidedBy) {
        if (assessment.modelId() == 0) {
            return;
        }
        scores.save(new CommentSpamScore(commentId, assessment.score(), assessment.modelId()));
        // a blocked sender or word may have sent it to spam first: then the filter decided nothing
        if (decidedBy == CommentRule.SPAM_FILTER) {
            decisions.save(new CommentDecision(commentId, null, String.format(Locale.ROOT, "%s (%.2f ≥ %.2f)",
                    DecisionEntry.SPAM_FILTER, assessment.score(), assessment.threshold()), null, CommentStatus.SPAM,
                    false, clock.instant()));
        }
    }
}
