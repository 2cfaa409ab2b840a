package org.sala.comment.service;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sala.base.cache.ReaderContentChanged;
import org.sala.comment.Comment;
import org.sala.comment.CommentAuthor;
import org.sala.comment.CommentDraft;
import org.sala.comment.CommentRule;
import org.sala.comment.CommentStatus;
import org.sala.comment.CommentWriter;
import org.sala.comment.CommenterChanges;
import org.sala.comment.CommentsChanged;
import org.sala.comment.InvalidCommentException;
import org.sala.comment.SpamCheck;
import org.sala.comment.domain.CommentRepository;
import org.sala.post.PostCommentCounts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A commenter's own comment, changed from the browser that sent it within the edit window: an
 * edited comment waits for a moderator again (the moderators' rules look at the new text), a
 * deleted one leaves the page. The comment's history keeps the text as it was.
 */
@Service
public class OwnCommentService {

    /** The commenter's comment as they may still change it: the raw text they wrote, and until when. */
    public record OwnComment(long id, long postId, String text, Instant editableUntil) {}

    /** What an edit did: nothing (the same text), took a published comment off the page, or changed a waiting one. */
    public enum EditOutcome { UNCHANGED, BACK_TO_QUEUE, STILL_WAITING }

    /** What a reader sees of their own comment: published, or waiting (spam shows as waiting). */
    private static final Set<CommentStatus> CHANGEABLE =
            EnumSet.of(CommentStatus.APPROVED, CommentStatus.PENDING, CommentStatus.SPAM);
    /** Rules that look at the text and hold or refuse it; the others are about the sender or the post. */
    private static final Set<CommentRule> TEXT_RULES = EnumSet.of(CommentRule.BLOCKED_WORD, CommentRule.SPAM_FILTER,
            CommentRule.TOO_MANY_LINKS, CommentRule.WATCHED_WORD);

    private final CommentRepository comments;
    private final CommentWriter writer;
    private final CommentRuleCheck rules;
    private final SpamCheck spamCheck;
    private final CommenterChanges history;
    private final PostCommentCounts commentCounts;
    private final CommentLimits limits;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OwnCommentService(CommentRepository comments, CommentWriter writer, CommentRuleCheck rules, SpamCheck spamCheck,
            CommenterChanges history, PostCommentCounts commentCounts, CommentLimits limits, Validator validator,
            ApplicationEventPublisher events, Clock clock) {
        this.comments = comments;
        this.writer = writer;
        this.rules = rules;
        this.spamCheck = spamCheck;
        this.history = history;
        this.commentCounts = commentCounts;
        this.limits = limits;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    /** The comment, if this browser sent it and may still change it. */
    @Transactional(readOnly = true)
    public Optional<OwnComment> find(long commentId, @Nullable String readerToken) {
        return comments.findById(commentId).filter(comment -> changeable(comment, readerToken))
                .map(comment -> new OwnComment(comment.getId(), comment.getPostId(), comment.getBodyRaw(),
                        editableUntil(comment)));
    }

    /** Until when the commenter may change a comment sent at that moment. */
    public Instant editableUntil(Instant sentAt) {
        return sentAt.plus(limits.editWindow());
    }

    /**
     * Replaces the text. A published comment goes back to the queue; a waiting one keeps waiting;
     * the rules that read the text decide again (a blocked word sends it to spam).
     *
     * @throws InvalidCommentException when the text breaks a rule (messages are translation keys)
     * @throws OwnCommentGoneException when the comment can no longer be changed from this browser
     */
    @Transactional
    public EditOutcome edit(long commentId, @Nullable String readerToken, String newText) {
        Set<ConstraintViolation<CommentDraft>> violations = validator.validateValue(CommentDraft.class, "body", newText);
        if (!violations.isEmpty()) {
            throw new InvalidCommentException(Map.of("body", violations.iterator().next().getMessage()));
        }
        Comment comment = lockChangeable(commentId, readerToken);
        String textBefore = comment.getBodyRaw();
        String text = CommentWriter.normalizeLineBreaks(newText);
        if (textBefore.equals(text)) {
            return EditOutcome.UNCHANGED;
        }
        CommentStatus before = comment.getStatus();
        SpamCheck.Assessment spam = spamCheck.assess(text);
        CommentRuleCheck.Verdict verdict = rules.check(comment.getPostId(), new CommentAuthor(comment.getAuthorName(),
                comment.getAuthorEmail(), comment.getAuthorUrl(), comment.getAuthorIp(), null), text, spam);
        CommentStatus after = verdict.status() == CommentStatus.SPAM || before == CommentStatus.SPAM
                ? CommentStatus.SPAM : CommentStatus.PENDING;
        writer.rewrite(comment, text);
        comment.setStatus(after, clock.instant());
        if (TEXT_RULES.contains(verdict.rule()) && verdict.status() != CommentStatus.APPROVED) {
            comment.setRule(verdict.rule(), verdict.note());
        } else if (before == CommentStatus.APPROVED) {
            comment.setRule(CommentRule.EDITED, null);
        }
        spamCheck.assessed(comment.getId(), spam, null);
        history.changed(comment.getId(), before, after, textBefore);
        changed(comment, before);
        return before == CommentStatus.APPROVED ? EditOutcome.BACK_TO_QUEUE : EditOutcome.STILL_WAITING;
    }

    /**
     * Takes the comment off the page for good. A comment marked as spam stays spam for the
     * moderators; its commenter no longer sees it.
     *
     * @throws OwnCommentGoneException when the comment can no longer be changed from this browser
     */
    @Transactional
    public void delete(long commentId, @Nullable String readerToken) {
        Comment comment = lockChangeable(commentId, readerToken);
        CommentStatus before = comment.getStatus();
        if (before == CommentStatus.SPAM) {
            comment.setReaderTokenHash(null);
        } else {
            comment.setStatus(CommentStatus.DELETED, clock.instant());
        }
        history.changed(comment.getId(), before, comment.getStatus(), null);
        changed(comment, before);
    }

    private Comment lockChangeable(long commentId, @Nullable String readerToken) {
        return comments.lockById(commentId).filter(comment -> changeable(comment, readerToken))
                .orElseThrow(() -> new OwnCommentGoneException(commentId));
    }

    private boolean changeable(Comment comment, @Nullable String readerToken) {
        String tokenHash = ReaderTokens.hash(readerToken);
        return tokenHash != null && tokenHash.equals(comment.getReaderTokenHash()) && comment.getStaffAccountId() == null
                && CHANGEABLE.contains(comment.getStatus()) && clock.instant().isBefore(editableUntil(comment));
    }

    private Instant editableUntil(Comment comment) {
        return editableUntil(comment.getCreatedAt());
    }

    private void changed(Comment comment, CommentStatus before) {
        if (before == CommentStatus.APPROVED) {
            commentCounts.adjust(comment.getPostId(), -1);
            events.publishEvent(new ReaderContentChanged("comment " + comment.getId() + " changed by its commenter"));
        }
        events.publishEvent(CommentsChanged.of(comment.getId(), comment.getPostId()));
    }
}
