package org.sala.comment.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sala.base.cache.ReaderContentChanged;
import org.sala.base.metrics.AfterCommit;
import org.sala.comment.Comment;
import org.sala.comment.CommentAuthor;
import org.sala.comment.CommentDraft;
import org.sala.comment.CommentStatus;
import org.sala.comment.CommentWriter;
import org.sala.comment.CommentsChanged;
import org.sala.comment.CommentsPublished;
import org.sala.comment.InvalidCommentException;
import org.sala.comment.SpamCheck;
import org.sala.comment.domain.CommentRepository;
import org.sala.post.PostCommentCounts;
import org.sala.post.PostPageService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Takes a reader's comment: checks it, sanitises it and holds it for a moderator. */
@Service
public class CommentSubmissionService {

    private static final Logger log = LoggerFactory.getLogger(CommentSubmissionService.class);

    private final CommentRepository comments;
    private final CommentWriter writer;
    private final PostPageService posts;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final CommentFloodGuard floodGuard;
    private final CommentLimits limits;
    private final CommentRuleCheck rules;
    private final CommentClosingCache closing;
    private final PostCommentCounts commentCounts;
    private final Clock clock;
    private final Map<CommentStatus, Counter> received = new EnumMap<>(CommentStatus.class);

    private final SpamCheck spamCheck;

    CommentSubmissionService(CommentRepository comments, CommentWriter writer, PostPageService posts,
            Validator validator, ApplicationEventPublisher events, CommentFloodGuard floodGuard, CommentLimits limits,
            CommentRuleCheck rules, SpamCheck spamCheck, CommentClosingCache closing, PostCommentCounts commentCounts,
            Clock clock, MeterRegistry meters) {
        this.spamCheck = spamCheck;
        for (CommentStatus status : CommentStatus.values()) {
            received.put(status, Counter.builder("sala.comments.received")
                    .tag("status", status.name().toLowerCase(Locale.ROOT))
                    .description("Reader comments taken, by where the rules put them on arrival (pending: held for a moderator)")
                    .register(meters));
        }
        this.rules = rules;
        this.closing = closing;
        this.commentCounts = commentCounts;
        this.floodGuard = floodGuard;
        this.limits = limits;
        this.clock = clock;
        this.comments = comments;
        this.writer = writer;
        this.posts = posts;
        this.validator = validator;
        this.events = events;
    }

    /**
     * Whether readers may comment on a post: its own switch, and the moderators' rule that closes
     * comments on older posts.
     */
    public boolean takesComments(boolean commentsOpen, Instant publishedAt) {
        return commentsOpen && !closing.current().closes(publishedAt, clock.instant());
    }

    /** When a post that takes comments now stops taking them by the moderators' rule, if it will. */
    public Optional<Instant> closesAt(boolean commentsOpen, Instant publishedAt) {
        return takesComments(commentsOpen, publishedAt) ? closing.current().closesAt(publishedAt) : Optional.empty();
    }

    /**
     * Puts the comment where the moderators' rules send it (held as PENDING unless a rule says
     * otherwise) and returns its id.
     *
     * @param parentId the approved comment this one answers, or null
     * @throws InvalidCommentException when a field breaks a rule (messages are translation keys)
     * @throws CommentsClosedException when the post takes no comments
     */
    @Transactional
    public long submit(long postId, @Nullable Long parentId, CommentDraft draft, ReaderContext reader) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (ConstraintViolation<CommentDraft> violation : validator.validate(draft)) {
            problems.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new InvalidCommentException(problems);
        }
        refuseAutomated(reader);
        if (!posts.acceptsComments(postId) || rules.closedByAge(posts.publishedAt(postId).orElse(null))) {
            throw new CommentsClosedException(postId);
        }
        Comment parent = parentId == null ? null : comments.findById(parentId)
                .filter(found -> found.getPostId() == postId && found.getStatus() == CommentStatus.APPROVED)
                .orElseThrow(() -> new InvalidCommentException(Map.of("parent", "comment.error.parent-gone")));
        String email = draft.getEmail().strip().toLowerCase(Locale.ROOT);
        if (comments.existsByAuthorEmailAndBodyRawAndCreatedAtAfter(email, CommentWriter.normalizeLineBreaks(draft.getBody()),
                clock.instant().minus(limits.duplicateWindow()))) {
            throw new InvalidCommentException(Map.of("body", "comment.error.duplicate"));
        }
        floodGuard.admit(reader.ip(), email, reader.readerToken()).ifPresent(wait -> {
            throw new CommentRateLimitedException(wait);
        });
        String website = draft.getWebsite() == null || draft.getWebsite().isBlank() ? null : draft.getWebsite().strip();
        CommentAuthor author = new CommentAuthor(draft.getName().strip(), email,
                website, reader.ip(), null);
        String text = CommentWriter.normalizeLineBreaks(draft.getBody());
        SpamCheck.Assessment spam = spamCheck.assess(text);
        CommentRuleCheck.Verdict verdict = rules.check(postId, author, text, spam);
        Comment comment = writer.write(postId, parent, author, draft.getBody(), verdict.status(),
                ReaderTokens.hash(reader.readerToken()));
        spamCheck.assessed(comment.getId(), spam, verdict.rule());
        comment.setRule(verdict.rule(), verdict.note());
        comment.askForMail(draft.isNotifyWhenPublished(), draft.isNotifyReplies());
        if (verdict.status() == CommentStatus.APPROVED) {
            commentCounts.adjust(postId, 1);
            events.publishEvent(CommentsPublished.of(comment.getId()));
            events.publishEvent(new ReaderContentChanged("comment " + comment.getId() + " published at once"));
        } else if (verdict.status() == CommentStatus.SPAM) {
            log.info("Comment {} from {} marked as spam on arrival: {} {}", comment.getId(), reader.ip(), verdict.rule(),
                    verdict.note());
        }
        events.publishEvent(CommentsChanged.of(comment.getId(), postId));
        AfterCommit.increment(Objects.requireNonNull(received.get(verdict.status())), 1);
        return comment.getId();
    }

    /**
     * A person never fills the field hidden from them, and takes a few seconds over the form.
     * What trips either is refused without saying why, and logged.
     */
    private void refuseAutomated(ReaderContext reader) {
        String reason = null;
        if (reader.trap() != null && !reader.trap().isEmpty()) {
            reason = "hidden field filled";
        } else if (reader.formShownAt() != null
                && Duration.between(reader.formShownAt(), clock.instant()).compareTo(limits.minTimeOnForm()) < 0) {
            reason = "sent " + Duration.between(reader.formShownAt(), clock.instant()).toMillis() + " ms after the form was shown";
        }
        if (reason != null) {
            log.warn("Refused a comment that looks automated from {}: {}", reader.ip(), reason);
            throw new CommentRefusedException(reason);
        }
    }
}
