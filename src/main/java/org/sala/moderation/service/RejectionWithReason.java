package org.sala.moderation.service;

import java.util.List;
import org.sala.moderation.CommentRejectedWithReason;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rejects a comment giving one of the reasons. The reason is announced with the decision; the
 * notification module mails it to the commenter if they asked to hear about their comment.
 */
@Service
@PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
public class RejectionWithReason {

    private final ModerationService moderation;
    private final RejectionReasons reasons;
    private final ApplicationEventPublisher events;

    RejectionWithReason(ModerationService moderation, RejectionReasons reasons, ApplicationEventPublisher events) {
        this.moderation = moderation;
        this.reasons = reasons;
        this.events = events;
    }

    /** The reasons to pick from. */
    public List<ReasonTemplate> reasons() {
        return reasons.list();
    }

    @Transactional
    public DecisionResult reject(CommentRef ref, long reasonId) {
        ReasonTemplate reason = reasons.get(reasonId);
        DecisionResult result = moderation.reject(List.of(ref));
        if (result.applied().contains(ref.id())) {
            events.publishEvent(new CommentRejectedWithReason(ref.id(), reason.text()));
        }
        return result;
    }
}
