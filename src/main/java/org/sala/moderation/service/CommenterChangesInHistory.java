package org.sala.moderation.service;

import java.time.Clock;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sala.comment.CommentStatus;
import org.sala.comment.CommenterChanges;
import org.sala.moderation.domain.CommentDecision;
import org.sala.moderation.domain.CommentDecisionRepository;
import org.sala.moderation.domain.CommentReportRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A commenter's own edit or deletion as a line of the comment's history, with the text it replaced.
 * Readers' reports on a comment its commenter deleted need no moderator any more.
 */
@Component
class CommenterChangesInHistory implements CommenterChanges {

    private final CommentDecisionRepository decisions;
    private final CommentReportRepository reports;
    private final Clock clock;

    CommenterChangesInHistory(CommentDecisionRepository decisions, CommentReportRepository reports, Clock clock) {
        this.decisions = decisions;
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(long commentId, CommentStatus from, CommentStatus to, @Nullable String textBefore) {
        decisions.save(new CommentDecision(commentId, null, DecisionEntry.COMMENTER, from, to, textBefore != null,
                clock.instant()).withTextBefore(textBefore));
        if (textBefore == null) {
            reports.resolve(Set.of(commentId), clock.instant());
        }
    }
}
