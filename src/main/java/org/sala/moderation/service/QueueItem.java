package org.sala.moderation.service;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sala.comment.CommentRule;
import org.sala.comment.CommentStatus;
import org.sala.moderation.ReportReason;
import org.sala.post.PostAddress;

/**
 * A comment as a moderator sees it: everything the reader sent, the raw text (to be shown
 * escaped) and the sanitised HTML, what the sanitiser removed, the rule that put it where it is
 * (null for comments from before the rules), readers' open reports, the moderators' note on
 * the commenter, the spam filter's score on arrival (null before the filter), and the version to decide on.
 */
public record QueueItem(long id, long version, long postId, @Nullable String postTitle, @Nullable PostAddress postAddress,
        String authorName, String authorEmail, @Nullable String authorUrl, @Nullable String authorIp, boolean byStaff,
        Instant createdAt, CommentStatus status, String bodyRaw, String bodyHtml, @Nullable String sanitizerReport,
        @Nullable CommentRule rule, @Nullable String ruleNote, List<ReaderReport> reports,
        @Nullable CommenterNoteView commenterNote, @Nullable Double spamScore) {

    /** A reader's open report on the comment (never who sent it). */
    public record ReaderReport(ReportReason reason, @Nullable String note, Instant reportedAt) {}

    public QueueItem {
        reports = List.copyOf(reports);
    }

    public CommentRef ref() {
        return new CommentRef(id, version);
    }
}
