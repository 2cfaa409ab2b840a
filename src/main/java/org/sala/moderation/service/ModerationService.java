package org.sala.moderation.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sala.account.AccountRef;
import org.sala.account.AccountService;
import org.sala.base.cache.ReaderContentChanged;
import org.sala.base.metrics.AfterCommit;
import org.sala.comment.BlockedSender;
import org.sala.comment.Comment;
import org.sala.comment.CommentAuthor;
import org.sala.comment.CommentRule;
import org.sala.comment.CommentDraft;
import org.sala.comment.CommentRuleService;
import org.sala.comment.CommentStatus;
import org.sala.comment.CommentWriter;
import org.sala.comment.CommentsChanged;
import org.sala.comment.CommentsPublished;
import org.sala.comment.InvalidCommentException;
import org.sala.moderation.CommentDecisionsUndone;
import org.sala.moderation.CommentRejectedWithReason;
import org.sala.moderation.DecisionUndo;
import org.sala.moderation.domain.CommentDecision;
import org.sala.moderation.domain.CommentDecisionRepository;
import org.sala.moderation.domain.CommentQueueFilter;
import org.sala.moderation.domain.CommentReport;
import org.sala.moderation.domain.CommentReportRepository;
import org.sala.moderation.domain.CommenterNote;
import org.sala.moderation.domain.CommenterNoteRepository;
import org.sala.moderation.domain.ModeratedCommentRepository;
import org.sala.moderation.service.spam.SpamScores;
import org.sala.post.PostCommentCounts;
import org.sala.post.PostListService;
import org.sala.post.PostSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderators' work on comments: the queue, decisions one by one or in bulk, editing before
 * approving, and replies. Every decision is recorded; a decision on a comment that somebody
 * changed since the moderator saw it is not applied but reported as a conflict.
 */
@Service
@PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
public class ModerationService {

    /** Waiting comments from a blocked commenter marked as spam in one action, at most. */
    static final int MAX_BLOCKED_AT_ONCE = 1_000;
    /** Who hid a comment readers reported, in its history. */
    static final String HIDDEN_BY_READERS = "Readers' reports";

    private final ModeratedCommentRepository comments;
    private final CommentDecisionRepository decisions;
    private final CommentWriter writer;
    private final PostListService posts;
    private final PostCommentCounts commentCounts;
    private final AccountService accounts;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final CommentRuleService rules;
    private final RejectionReasonService reasons;
    private final CommentReportRepository reports;
    private final CommenterNoteRepository commenterNotes;
    private final SpamScores spamScores;
    private final Clock clock;
    /** Decisions on comments, by what they became; putting a comment back in the queue is no decision. */
    private final Map<CommentStatus, Counter> decided = new EnumMap<>(CommentStatus.class);

    ModerationService(ModeratedCommentRepository comments, CommentDecisionRepository decisions, CommentWriter writer,
            PostListService posts, PostCommentCounts commentCounts, AccountService accounts, Validator validator,
            ApplicationEventPublisher events, CommentRuleService rules, RejectionReasonService reasons,
            CommentReportRepository reports, CommenterNoteRepository commenterNotes, SpamScores spamScores, Clock clock,
            MeterRegistry meters) {
        this.spamScores = spamScores;
        for (CommentStatus status : List.of(CommentStatus.APPROVED, CommentStatus.REJECTED, CommentStatus.SPAM)) {
            decided.put(status, Counter.builder("sala.comments.decided")
                    .tag("decision", status.name().toLowerCase(Locale.ROOT))
                    .description("Moderators' decisions on comments (staff replies not counted)")
                    .register(meters));
        }
        this.rules = rules;
        this.reasons = reasons;
        this.comments = comments;
        this.decisions = decisions;
        this.writer = writer;
        this.posts = posts;
        this.commentCounts = commentCounts;
        this.accounts = accounts;
        this.validator = validator;
        this.events = events;
        this.reports = reports;
        this.commenterNotes = commenterNotes;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<QueueItem> queue(CommentQueueFilter filter, long offset, int limit) {
        return items(comments.findQueue(filter, offset, limit));
    }

    @Transactional(readOnly = true)
    public long count(CommentQueueFilter filter) {
        return comments.countQueue(filter);
    }

    @Transactional(readOnly = true)
    public Optional<QueueItem> item(long commentId) {
        return comments.findById(commentId).map(comment -> items(List.of(comment)).getFirst());
    }

    @Transactional(readOnly = true)
    public List<DecisionEntry> history(long commentId) {
        return decisions.findByCommentIdOrderByDecidedAtAscIdAsc(commentId).stream()
                .map(decision -> new DecisionEntry(decision.getModeratorName(), decision.getFromStatus(),
                        decision.getToStatus(), decision.isBodyEdited(), decision.getDecidedAt(), decision.isUndo(),
                        decision.getBodyBefore()))
                .toList();
    }

    /** Publishes the comments that are still as the moderator saw them. */
    @Transactional
    public DecisionResult approve(Collection<CommentRef> refs) {
        return decide(refs, CommentStatus.APPROVED);
    }

    /** Rejects the comments that are still as the moderator saw them (no reason given). */
    @Transactional
    public DecisionResult reject(Collection<CommentRef> refs) {
        return decide(refs, CommentStatus.REJECTED);
    }

    /**
     * Rejects the comment giving one of the saved reasons, if it is still as the moderator saw it.
     * The reason is announced with the decision; the notification module mails it to the
     * commenter if they asked to hear about their comment.
     */
    @Transactional
    public DecisionResult rejectWithReason(CommentRef ref, long reasonId) {
        ReasonTemplate reason = reasons.get(reasonId);
        DecisionResult result = decide(List.of(ref), CommentStatus.REJECTED);
        if (result.applied().contains(ref.id())) {
            events.publishEvent(new CommentRejectedWithReason(ref.id(), reason.text()));
        }
        return result;
    }

    /** Marks the comments that are still as the moderator saw them as spam. */
    @Transactional
    public DecisionResult markSpam(Collection<CommentRef> refs) {
        return decide(refs, CommentStatus.SPAM);
    }

    /** Puts decided comments back in the queue, to be decided again (readers no longer see them). */
    @Transactional
    public DecisionResult returnToQueue(Collection<CommentRef> refs) {
        return decide(refs, CommentStatus.PENDING);
    }

    /** Sets the status of every comment that is still as the moderator saw it. */
    private DecisionResult decide(Collection<CommentRef> refs, CommentStatus target) {
        Decisions batch = new Decisions(accounts.current(), Decisions.Kind.UNDOABLE);
        for (Comment comment : lock(refs, batch)) {
            batch.apply(comment, target, false);
        }
        return batch.finish();
    }

    /**
     * Takes a decision back: each comment it changed returns to what it was (text included, after
     * an edit), unless somebody changed it since, which is a conflict as for any decision. Mail
     * the decision caused and that is not sent yet is withdrawn. The history keeps both.
     *
     * @throws UndoTooLateException when the decision is older than {@link DecisionUndo#ACCEPTED}
     */
    @Transactional
    public DecisionResult undo(UndoTicket ticket) {
        if (clock.instant().isAfter(ticket.decidedAt().plus(DecisionUndo.ACCEPTED))) {
            throw new UndoTooLateException();
        }
        Map<Long, UndoTicket.Step> steps = ticket.steps().stream()
                .collect(Collectors.toMap(UndoTicket.Step::commentId, Function.identity(), (first, second) -> first));
        Decisions batch = new Decisions(accounts.current(), Decisions.Kind.UNDO);
        for (Comment comment : lock(ticket.steps().stream().map(UndoTicket.Step::ref).toList(), batch)) {
            UndoTicket.Step step = Objects.requireNonNull(steps.get(comment.getId()));
            String bodyBefore = step.bodyBefore();
            if (bodyBefore != null) {
                batch.before(comment);
                writer.rewrite(comment, bodyBefore);
            }
            batch.apply(comment, step.statusBefore(), bodyBefore != null);
        }
        DecisionResult result = batch.finish();
        if (!result.applied().isEmpty()) {
            events.publishEvent(new CommentDecisionsUndone(Set.copyOf(result.applied())));
        }
        return result;
    }

    /**
     * Readers reported the published comment often enough: it waits for a moderator again, and its
     * history says who took it off the page. Open to everybody, as reports need no account.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void hideReported(long commentId, long openReports) {
        Decisions batch = new Decisions(null, HIDDEN_BY_READERS, Decisions.Kind.FINAL);
        for (Comment comment : comments.lockForDecision(List.of(commentId))) {
            if (comment.getStatus() == CommentStatus.APPROVED) {
                comment.setRule(CommentRule.REPORTED, String.valueOf(openReports));
                batch.apply(comment, CommentStatus.PENDING, false);
            }
        }
        batch.finish();
    }

    /** Replaces the comment's text (sanitised again) and approves it. */
    @Transactional
    public DecisionResult editAndApprove(CommentRef ref, String newText) {
        validateText(newText);
        Decisions batch = new Decisions(accounts.current(), Decisions.Kind.UNDOABLE);
        for (Comment comment : lock(List.of(ref), batch)) {
            batch.before(comment);
            writer.rewrite(comment, newText);
            batch.apply(comment, CommentStatus.APPROVED, true);
        }
        return batch.finish();
    }

    /**
     * Publishes the moderator's reply under the comment at once, approving the comment too if it
     * was waiting.
     */
    @Transactional
    public DecisionResult reply(CommentRef ref, String text) {
        validateText(text);
        AccountRef moderator = accounts.current();
        // a published reply cannot be taken back by undo: readers and mail may have it already
        Decisions batch = new Decisions(moderator, Decisions.Kind.FINAL);
        for (Comment parent : lock(List.of(ref), batch)) {
            if (parent.getStatus() == CommentStatus.PENDING) {
                batch.apply(parent, CommentStatus.APPROVED, false);
            }
            String email = accounts.emailOf(moderator.id()).orElse("");
            Comment reply = writer.write(parent.getPostId(), parent,
                    new CommentAuthor(moderator.displayName(), email, null, null, moderator.id()),
                    text, CommentStatus.APPROVED, null);
            batch.created(reply);
        }
        return batch.finish();
    }

    /** Whether the commenter's email and IP address are on the block lists. */
    @Transactional(readOnly = true)
    public BlockedSender blocked(long commentId) {
        return comments.findById(commentId).map(comment -> rules.blocked(comment.getAuthorEmail(), comment.getAuthorIp()))
                .orElse(new BlockedSender(false, false));
    }

    /**
     * What {@link #block} would mark as spam, counted before the moderator chooses: the comments
     * still waiting from the commenter's email, from their IP address, and from either.
     */
    @Transactional(readOnly = true)
    public BlockPreview blockPreview(long commentId) {
        Comment comment = comments.findById(commentId).filter(found -> found.getStaffAccountId() == null).orElse(null);
        if (comment == null) {
            return new BlockPreview(0, 0, 0, false);
        }
        String email = comment.getAuthorEmail();
        String ip = comment.getAuthorIp();
        // the same query as block's, with null for what is not ticked
        long fromEmail = comments.countPendingFrom(email, null);
        long fromIp = ip == null ? 0 : comments.countPendingFrom(null, ip);
        long fromEither = ip == null ? fromEmail : comments.countPendingFrom(email, ip);
        // block decides on this comment too; a waiting one is among the counted already
        boolean alsoThisOne = comment.getStatus() != CommentStatus.PENDING && comment.getStatus() != CommentStatus.SPAM;
        return new BlockPreview(fromEmail, fromIp, fromEither, alsoThisOne);
    }

    /**
     * Blocks the commenter's email and/or IP address, and marks this comment and everything else
     * still waiting from them as spam. Staff replies cannot be blocked.
     */
    @Transactional
    public DecisionResult block(CommentRef ref, boolean email, boolean ip) {
        Comment comment = comments.findById(ref.id()).filter(found -> found.getStaffAccountId() == null).orElse(null);
        if (comment == null || (!email && !ip)) {
            return new DecisionResult(List.of(), List.of());
        }
        String blockedEmail = email ? comment.getAuthorEmail() : null;
        String blockedIp = ip ? comment.getAuthorIp() : null;
        rules.block(blockedEmail, blockedIp);
        Map<Long, Long> refs = new HashMap<>(Map.of(comment.getId(), ref.version()));
        if (blockedEmail != null || blockedIp != null) {
            List<Long> waiting = comments.findPendingFrom(blockedEmail, blockedIp, Limit.of(MAX_BLOCKED_AT_ONCE));
            comments.findAllById(waiting).forEach(found -> refs.putIfAbsent(found.getId(), found.getVersion()));
        }
        return markSpam(refs.entrySet().stream().map(entry -> new CommentRef(entry.getKey(), entry.getValue())).toList());
    }

    /** Takes the commenter's exact email and IP address off the block lists. */
    @Transactional
    public void unblock(long commentId) {
        comments.findById(commentId).ifPresent(comment -> rules.unblock(comment.getAuthorEmail(), comment.getAuthorIp()));
    }

    private void validateText(String text) {
        Set<ConstraintViolation<CommentDraft>> violations = validator.validateValue(CommentDraft.class, "body", text);
        if (!violations.isEmpty()) {
            throw new InvalidCommentException(Map.of("body", violations.iterator().next().getMessage()));
        }
    }

    /** Locks the comments; those changed (or gone) since the moderator saw them become conflicts. */
    private List<Comment> lock(Collection<CommentRef> refs, Decisions batch) {
        Map<Long, Long> expectedVersions = refs.stream()
                .collect(Collectors.toMap(CommentRef::id, CommentRef::version, (first, second) -> first));
        List<Comment> locked = comments.lockForDecision(expectedVersions.keySet());
        Set<Long> found = new HashSet<>();
        List<Comment> unchanged = locked.stream().filter(comment -> {
            found.add(comment.getId());
            // a comment its commenter deleted is theirs to keep off the page: nobody decides on it any more
            if (comment.getVersion() == Objects.requireNonNull(expectedVersions.get(comment.getId()))
                    && comment.getStatus() != CommentStatus.DELETED) {
                batch.decidedOn.add(comment.getId());
                return true;
            }
            batch.conflict(comment);
            return false;
        }).toList();
        expectedVersions.keySet().stream().filter(id -> !found.contains(id))
                .forEach(id -> batch.conflicts.add(new Conflict(id, "", null, null)));
        return unchanged;
    }

    private List<QueueItem> items(List<Comment> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, PostSummary> postsById = posts.summaries(found.stream().map(Comment::getPostId).distinct().toList())
                .stream().collect(Collectors.toMap(PostSummary::id, Function.identity()));
        Map<Long, List<QueueItem.ReaderReport>> reportsById = reports.findOpen(found.stream().map(Comment::getId).toList())
                .stream().collect(Collectors.groupingBy(CommentReport::getCommentId, Collectors.mapping(
                        report -> new QueueItem.ReaderReport(report.getReason(), report.getNote(), report.getReportedAt()),
                        Collectors.toList())));
        Map<String, CommenterNoteView> notesByEmail = commenterNotes.findByEmailIn(found.stream()
                        .map(comment -> CommenterNoteService.key(comment.getAuthorEmail())).distinct().toList())
                .stream().collect(Collectors.toMap(CommenterNote::getEmail, CommenterNoteService::view));
        Map<Long, Double> spamScores = this.spamScores.of(found.stream().map(Comment::getId).toList());
        return found.stream().map(comment -> {
            PostSummary post = postsById.get(comment.getPostId());
            return new QueueItem(comment.getId(), comment.getVersion(), comment.getPostId(),
                    post == null ? null : post.title(), post == null ? null : post.address(),
                    comment.getAuthorName(), comment.getAuthorEmail(), comment.getAuthorUrl(), comment.getAuthorIp(),
                    comment.getStaffAccountId() != null, comment.getCreatedAt(), comment.getStatus(),
                    comment.getBodyRaw(), comment.getBodyHtml(), comment.getSanitizerReport(), comment.getRule(),
                    comment.getRuleNote(), reportsById.getOrDefault(comment.getId(), List.of()),
                    notesByEmail.get(CommenterNoteService.key(comment.getAuthorEmail())), spamScores.get(comment.getId()));
        }).toList();
    }

    /** The decisions of one request: applied to the comments, recorded, counted, announced once. */
    private final class Decisions {

        /** Whether the batch can be undone, or is an undo. */
        enum Kind { UNDOABLE, FINAL, UNDO }

        private final @Nullable Long moderatorId;
        private final String moderatorName;
        private final Kind kind;
        /** The comments a moderator looked at and decided on, changed or not: their reports are dealt with. */
        private final Set<Long> decidedOn = new HashSet<>();
        private final Map<Long, Comment> changed = new HashMap<>();
        private final Map<Long, CommentStatus> statusBefore = new HashMap<>();
        private final Map<Long, String> bodyBefore = new HashMap<>();
        private final List<Long> applied = new ArrayList<>();
        private boolean readersSeeIt;
        private final List<Conflict> conflicts = new ArrayList<>();
        private final Map<Long, Integer> countChanges = new HashMap<>();
        private final List<CommentDecision> recorded = new ArrayList<>();
        private final Set<Long> postIds = new HashSet<>();
        private final Set<Long> published = new HashSet<>();
        private final Map<CommentStatus, Integer> decisionCounts = new EnumMap<>(CommentStatus.class);

        Decisions(AccountRef moderator, Kind kind) {
            this(moderator.id(), moderator.displayName(), kind);
        }

        Decisions(@Nullable Long moderatorId, String moderatorName, Kind kind) {
            this.moderatorId = moderatorId;
            this.moderatorName = moderatorName;
            this.kind = kind;
        }

        /** The comment's text as it is, before the decision rewrites it. */
        void before(Comment comment) {
            bodyBefore.put(comment.getId(), comment.getBodyRaw());
        }

        void apply(Comment comment, CommentStatus target, boolean bodyEdited) {
            CommentStatus from = comment.getStatus();
            if (from == target && !bodyEdited) {
                if (kind != Kind.UNDO && target == CommentStatus.APPROVED && comment.getRule() == CommentRule.REVIEW_AFTER) {
                    // a moderator looked at a comment published for review after: the record takes it off "To review"
                    record(comment, from, target, false);
                }
                return;
            }
            statusBefore.putIfAbsent(comment.getId(), from);
            changed.put(comment.getId(), comment);
            comment.setStatus(target, clock.instant());
            record(comment, from, target, bodyEdited);
            decisionCounts.merge(target, 1, Integer::sum);
        }

        void created(Comment comment) {
            record(comment, null, comment.getStatus(), false);
        }

        private void record(Comment comment, @Nullable CommentStatus from, CommentStatus to, boolean bodyEdited) {
            recorded.add(new CommentDecision(comment.getId(), moderatorId, moderatorName, from, to,
                    bodyEdited, clock.instant(), kind == Kind.UNDO)
                    .withTextBefore(bodyEdited ? bodyBefore.get(comment.getId()) : null));
            int change = (to == CommentStatus.APPROVED ? 1 : 0) - (from == CommentStatus.APPROVED ? 1 : 0);
            readersSeeIt |= to == CommentStatus.APPROVED || from == CommentStatus.APPROVED;
            if (to == CommentStatus.APPROVED && from != CommentStatus.APPROVED) {
                published.add(comment.getId());
            }
            countChanges.merge(comment.getPostId(), change, Integer::sum);
            postIds.add(comment.getPostId());
            applied.add(comment.getId());
        }

        void conflict(Comment comment) {
            String decidedBy = decisions.findFirstByCommentIdOrderByDecidedAtDescIdDesc(comment.getId())
                    .map(CommentDecision::getModeratorName).orElse(null);
            conflicts.add(new Conflict(comment.getId(), comment.getAuthorName(), comment.getStatus(), decidedBy));
        }

        DecisionResult finish() {
            // the status changes go in JDBC batches (hibernate.jdbc.batch_size), the decisions too,
            // and the counts in one statement per size of change
            comments.flush();
            decisions.insertAll(recorded);
            commentCounts.adjustAll(countChanges);
            if (kind != Kind.UNDO && !decidedOn.isEmpty()) {
                reports.resolve(decidedOn, clock.instant());
            }
            if (!applied.isEmpty()) {
                events.publishEvent(new CommentsChanged(Set.copyOf(applied), Set.copyOf(postIds)));
            }
            if (!published.isEmpty()) {
                events.publishEvent(new CommentsPublished(Set.copyOf(published)));
            }
            if (readersSeeIt) {
                events.publishEvent(new ReaderContentChanged(applied.size() + " comments decided"));
            }
            decisionCounts.forEach((status, count) -> {
                Counter counter = decided.get(status);
                if (counter != null) {
                    AfterCommit.increment(counter, count);
                }
            });
            return new DecisionResult(List.copyOf(applied), List.copyOf(conflicts), undoTicket());
        }

        /** Read after the flush: the versions the decisions left the comments at. */
        private UndoTicket undoTicket() {
            if (kind != Kind.UNDOABLE || changed.isEmpty()) {
                return UndoTicket.NONE;
            }
            return new UndoTicket(changed.values().stream()
                    .map(comment -> new UndoTicket.Step(comment.getId(), comment.getVersion(),
                            Objects.requireNonNull(statusBefore.get(comment.getId())), bodyBefore.get(comment.getId())))
                    .toList(), clock.instant());
        }
    }
}
