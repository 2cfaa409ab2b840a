package org.sala.moderation.service;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sala.base.i18n.ReaderLocales;
import org.sala.comment.CommentStatus;
import org.sala.mail.MailMessage;
import org.sala.mail.Outbox;
import org.sala.notification.CommentNotifications;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rejects a comment giving one of the reasons; if the commenter asked to hear about their
 * comment, the reason goes to them by mail, in the same transaction as the decision. The mail
 * carries the moderators' text and the post's title only, never the comment itself.
 */
@Service
@PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
public class RejectionWithReason {

    private final ModerationService moderation;
    private final RejectionReasons reasons;
    private final CommentNotifications notifications;
    private final Outbox outbox;
    private final I18NProvider translations;

    RejectionWithReason(ModerationService moderation, RejectionReasons reasons, CommentNotifications notifications,
            Outbox outbox, I18NProvider translations) {
        this.moderation = moderation;
        this.reasons = reasons;
        this.notifications = notifications;
        this.outbox = outbox;
        this.translations = translations;
    }

    /** The reasons to pick from. */
    public List<ReasonTemplate> reasons() {
        return reasons.list();
    }

    @Transactional
    public DecisionResult reject(CommentRef ref, long reasonId) {
        ReasonTemplate reason = reasons.get(reasonId);
        DecisionResult result = moderation.decide(List.of(ref), CommentStatus.REJECTED);
        if (result.applied().contains(ref.id()) && notifications.wantsOutcome(ref.id())) {
            QueueItem comment = moderation.item(ref.id()).orElseThrow();
            String title = comment.postTitle() == null ? "" : comment.postTitle();
            Locale english = ReaderLocales.SUPPORTED.getFirst();
            outbox.queueOnce(new MailMessage(comment.authorEmail(),
                    translations.getTranslation("mail.comment.rejected.subject", english, title),
                    translations.getTranslation("mail.comment.rejected.body", english, comment.authorName(), title,
                            reason.text()),
                    Map.of(), "comment-rejected", "comment-rejected:" + ref.id()));
        }
        return result;
    }
}
