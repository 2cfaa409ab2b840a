package org.sala.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.comment.CommentDraft;
import org.sala.comment.CommentRule;
import org.sala.comment.CommentStatus;
import org.sala.comment.service.CommentSubmissionService;
import org.sala.comment.service.ReaderContext;
import org.sala.comment.service.ReaderTokens;
import org.sala.moderation.domain.CommentQueueFilter;
import org.sala.moderation.service.CommentReportService;
import org.sala.moderation.service.DecisionEntry;
import org.sala.moderation.service.ModerationService;
import org.sala.moderation.service.QueueItem;
import org.sala.moderation.service.ReportOutcome;
import org.sala.moderation.service.ModerationSettingsService;
import org.sala.moderation.service.Reporter;
import org.sala.post.PostListService;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Readers' reports on MariaDB: one per browser per comment, "other" needs words, enough reports
 * hide a published comment until a moderator decides, and the decision deals with the reports.
 */
@IntegrationTest
class CommentReportTest {

    private static final CommentQueueFilter REPORTED = new CommentQueueFilter(CommentStatus.PENDING, null, null,
            CommentQueueFilter.QueueList.REPORTED);

    @Autowired
    TestData data;
    @Autowired
    CommentReportService reports;
    @Autowired
    ModerationSettingsService settings;
    @Autowired
    ModerationService moderation;
    @Autowired
    CommentSubmissionService submissions;
    @Autowired
    PostListService posts;
    @Autowired
    JdbcTemplate jdbc;

    private long postId;

    @BeforeEach
    void aPostWithComments() {
        data.reset();
        data.staff("dara", Role.MODERATOR);
        postId = data.post("Reports and their limits", true);
    }

    @Test
    void enoughReportsHideACommentUntilAModeratorPublishesItAgain() {
        as(() -> {
            settings.changeHideAfterReports(2);
            return null;
        });
        long id = publishedComment("A comment some readers dislike ✊ ខ្មែរ");
        Reporter first = reader("203.0.113.10");
        Reporter second = reader("203.0.113.11");

        assertThat(report(id, ReportReason.SPAM, null, first)).isEqualTo(ReportOutcome.Kind.RECEIVED);
        assertThat(report(id, ReportReason.ABUSE, null, first)).as("one report per browser")
                .isEqualTo(ReportOutcome.Kind.ALREADY_REPORTED);
        assertThat(report(id, ReportReason.OTHER, "  ", second)).isEqualTo(ReportOutcome.Kind.NOTE_MISSING);
        assertThat(openReports(id)).isEqualTo(1);
        assertThat(status(id)).isEqualTo("APPROVED");
        assertThat(commentCount()).isEqualTo(1);

        assertThat(report(id, ReportReason.OTHER, "Names my neighbour 🙁", second)).isEqualTo(ReportOutcome.Kind.RECEIVED);

        assertThat(status(id)).as("hidden at the second report").isEqualTo("PENDING");
        assertThat(commentCount()).isZero();
        assertThat(jdbc.queryForObject("SELECT rule FROM comment WHERE id = ?", String.class, id))
                .isEqualTo(CommentRule.REPORTED.name());
        List<DecisionEntry> history = as(() -> moderation.history(id));
        assertThat(history.getLast()).extracting(DecisionEntry::moderatorName, DecisionEntry::from, DecisionEntry::to)
                .containsExactly("Readers' reports", CommentStatus.APPROVED, CommentStatus.PENDING);
        assertThat(reports.reportable(id)).as("a hidden comment takes no more reports").isEmpty();

        List<QueueItem> reported = as(() -> moderation.queue(REPORTED, 0, 10));
        assertThat(reported).extracting(QueueItem::id).containsExactly(id);
        assertThat(reported.getFirst().reports()).extracting(QueueItem.ReaderReport::reason, QueueItem.ReaderReport::note)
                .containsExactly(tuple(ReportReason.SPAM, null), tuple(ReportReason.OTHER, "Names my neighbour 🙁"));
        assertThat(as(() -> moderation.count(REPORTED))).isEqualTo(1);

        as(() -> moderation.approve(List.of(reported.getFirst().ref())));

        assertThat(status(id)).isEqualTo("APPROVED");
        assertThat(commentCount()).isEqualTo(1);
        assertThat(openReports(id)).as("the moderator dealt with them").isZero();
        assertThat(as(() -> moderation.queue(REPORTED, 0, 10))).isEmpty();
        assertThat(report(id, ReportReason.SPAM, null, reader("203.0.113.12"))).as("a new reader may report it again")
                .isEqualTo(ReportOutcome.Kind.RECEIVED);
        assertThat(status(id)).as("one open report is below the setting").isEqualTo("APPROVED");
    }

    @Test
    void aModeratorWhoKeepsAReportedCommentPublishedClosesItsReports() {
        long id = publishedComment("Published and reported once");
        report(id, ReportReason.OFF_TOPIC, null, reader("203.0.113.20"));
        QueueItem item = as(() -> moderation.queue(REPORTED, 0, 10)).getFirst();
        assertThat(item.status()).isEqualTo(CommentStatus.APPROVED);

        as(() -> moderation.approve(List.of(item.ref())));

        assertThat(openReports(id)).isZero();
        assertThat(status(id)).isEqualTo("APPROVED");
    }

    @Test
    void waitingCommentsAndUnknownOnesCannotBeReportedAndNoSettingMeansNeverHidden() {
        long waiting = comment("Still waiting for a moderator");
        assertThat(report(waiting, ReportReason.SPAM, null, reader("203.0.113.30")))
                .isEqualTo(ReportOutcome.Kind.NOT_REPORTABLE);
        assertThat(report(999_999, ReportReason.SPAM, null, reader("203.0.113.30")))
                .isEqualTo(ReportOutcome.Kind.NOT_REPORTABLE);
        assertThat(report(waiting, ReportReason.OTHER, "x".repeat(CommentReportService.MAX_NOTE + 1),
                reader("203.0.113.30"))).isEqualTo(ReportOutcome.Kind.NOTE_TOO_LONG);

        as(() -> {
            settings.changeHideAfterReports(0);
            return null;
        });
        long published = publishedComment("Reported by two, kept");
        report(published, ReportReason.SPAM, null, reader("203.0.113.31"));
        report(published, ReportReason.SPAM, null, reader("203.0.113.32"));
        assertThat(openReports(published)).isEqualTo(2);
        assertThat(status(published)).isEqualTo("APPROVED");
    }

    @Test
    void oneAddressSendingReportsFastIsToldToWaitAndNothingIsStored() {
        String ip = "203.0.113.40";
        List<Long> ids = List.of(publishedComment("One"), publishedComment("Two"), publishedComment("Three"),
                publishedComment("Four"));
        // sala.moderation.reports.per-minute is 3: the fourth from the same address in a minute waits
        for (int i = 0; i < 3; i++) {
            assertThat(report(ids.get(i), ReportReason.SPAM, null, reader(ip))).isEqualTo(ReportOutcome.Kind.RECEIVED);
        }
        ReportOutcome fourth = reports.report(ids.get(3), ReportReason.SPAM, null, reader(ip));
        assertThat(fourth.kind()).isEqualTo(ReportOutcome.Kind.TOO_FAST);
        assertThat(fourth.retryAfter()).isPositive();
        assertThat(openReports(ids.get(3))).isZero();
    }

    private ReportOutcome.Kind report(long id, ReportReason reason, String note, Reporter reporter) {
        return reports.report(id, reason, note, reporter).kind();
    }

    private static Reporter reader(String ip) {
        return new Reporter(ip, ReaderTokens.newToken());
    }

    private long comment(String body) {
        return submissions.submit(postId, null, new CommentDraft("Reader", "reader@example.org", "", body),
                new ReaderContext("198.51.100.9", ReaderTokens.newToken()));
    }

    private long publishedComment(String body) {
        long id = comment(body);
        data.approve(id);
        return id;
    }

    private String status(long id) {
        return jdbc.queryForObject("SELECT status FROM comment WHERE id = ?", String.class, id);
    }

    private int openReports(long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM comment_report WHERE comment_id = ? AND resolved_at IS NULL",
                Integer.class, id);
    }

    private int commentCount() {
        return posts.summaries(List.of(postId)).getFirst().commentCount();
    }

    private <T> T as(Supplier<T> work) {
        return data.asStaff("dara", Role.MODERATOR, work);
    }
}
