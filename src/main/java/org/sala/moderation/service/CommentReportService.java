package org.sala.moderation.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sala.base.web.SenderBuckets;
import org.sala.comment.Comment;
import org.sala.comment.CommentStatus;
import org.sala.comment.ReaderCookie;
import org.sala.moderation.ReportReason;
import org.sala.moderation.domain.CommentReport;
import org.sala.moderation.domain.CommentReportRepository;
import org.sala.moderation.domain.ModeratedCommentRepository;
import org.sala.moderation.domain.ModerationSetting;
import org.sala.moderation.domain.ModerationSettingRepository;
import org.sala.post.PostListService;
import org.sala.post.PostMarkup;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readers report published comments, without an account: one report per browser per comment,
 * rate-limited per address and browser like comments. Enough open reports (a site setting) take
 * the comment off the page until a moderator decides. Reporters never learn about each other.
 */
@Service
@EnableConfigurationProperties(ReportLimits.class)
public class CommentReportService {

    public static final int MAX_NOTE = 500;
    private static final int EXCERPT_CHARS = 300;

    private final ModeratedCommentRepository comments;
    private final CommentReportRepository reports;
    private final ModerationSettingRepository settings;
    private final ModerationService moderation;
    private final PostListService posts;
    private final SenderBuckets buckets;
    private final Clock clock;

    CommentReportService(ModeratedCommentRepository comments, CommentReportRepository reports,
            ModerationSettingRepository settings, ModerationService moderation, PostListService posts,
            ReportLimits limits, Clock clock) {
        this.comments = comments;
        this.reports = reports;
        this.settings = settings;
        this.moderation = moderation;
        this.posts = posts;
        this.buckets = new SenderBuckets(limits.perMinute(), limits.perDay(), clock);
        this.clock = clock;
    }

    /** The comment, if readers can report it: published, under a published post. */
    @Transactional(readOnly = true)
    public Optional<ReportableComment> reportable(long commentId) {
        return comments.findById(commentId).filter(comment -> comment.getStatus() == CommentStatus.APPROVED)
                .flatMap(comment -> posts.summaries(List.of(comment.getPostId())).stream().findFirst()
                        .map(post -> new ReportableComment(comment.getId(), comment.getAuthorName(),
                                CommentExcerpt.of(comment.getBodyRaw(), EXCERPT_CHARS), post.title(), PostMarkup.path(post.address()))));
    }

    @Transactional
    public ReportOutcome report(long commentId, ReportReason reason, @Nullable String note, Reporter reporter) {
        String text = note == null || note.isBlank() ? null : note.strip();
        if (reason.needsNote() && text == null) {
            return ReportOutcome.of(ReportOutcome.Kind.NOTE_MISSING);
        }
        if (text != null && text.codePointCount(0, text.length()) > MAX_NOTE) {
            return ReportOutcome.of(ReportOutcome.Kind.NOTE_TOO_LONG);
        }
        Comment comment = comments.findById(commentId).orElse(null);
        if (comment == null || comment.getStatus() != CommentStatus.APPROVED) {
            return ReportOutcome.of(ReportOutcome.Kind.NOT_REPORTABLE);
        }
        String tokenHash = Objects.requireNonNull(ReaderCookie.hash(reporter.readerToken()));
        if (reports.existsByCommentIdAndReporterTokenHash(commentId, tokenHash)) {
            return ReportOutcome.of(ReportOutcome.Kind.ALREADY_REPORTED);
        }
        List<String> keys = new ArrayList<>(2);
        keys.add("reader:" + tokenHash);
        if (reporter.ip() != null) {
            keys.add("ip:" + reporter.ip());
        }
        var wait = buckets.admit(keys);
        if (wait.isPresent()) {
            return new ReportOutcome(ReportOutcome.Kind.TOO_FAST, wait.get());
        }
        reports.saveAndFlush(new CommentReport(commentId, reason, text, tokenHash, reporter.ip(), clock.instant()));
        int hideAfter = hideAfterReports();
        long open = reports.countOpen(commentId);
        if (hideAfter > 0 && open >= hideAfter) {
            moderation.hideReported(commentId, open);
        }
        return ReportOutcome.of(ReportOutcome.Kind.RECEIVED);
    }

    private int hideAfterReports() {
        return settings.findById(ModerationSetting.ID).map(ModerationSetting::getHideAfterReports).orElse(0);
    }
}
