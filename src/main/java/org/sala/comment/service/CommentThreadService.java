package org.sala.comment.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sala.comment.Comment;
import org.sala.comment.CommentStatus;
import org.sala.comment.domain.CommentRepository;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The comments readers see under a post, a page at a time, in thread order. */
@Service
@Transactional(readOnly = true)
public class CommentThreadService {

    public static final int PAGE_SIZE = 50;
    /** Stands for "no token": no stored hash equals it. */
    private static final String NO_TOKEN = "-";

    private final CommentRepository comments;
    private final OwnCommentService ownComments;
    private final Clock clock;

    CommentThreadService(CommentRepository comments, OwnCommentService ownComments, Clock clock) {
        this.comments = comments;
        this.ownComments = ownComments;
        this.clock = clock;
    }

    /**
     * The comments after {@code afterPath} ("" for the first page): approved ones, and the
     * reader's own pending ones (recognised by their browser token, which may be null).
     */
    public ThreadPage page(long postId, @Nullable String afterPath, @Nullable String readerToken, int limit) {
        String tokenHash = ReaderTokens.hash(readerToken);
        List<Comment> found = comments.findThreadPage(postId, afterPath == null ? "" : afterPath,
                tokenHash == null ? NO_TOKEN : tokenHash, Limit.of(limit + 1));
        boolean hasMore = found.size() > limit;
        List<ThreadComment> page = (hasMore ? found.subList(0, limit) : found).stream()
                .map(comment -> readerView(comment, tokenHash))
                .toList();
        return new ThreadPage(page, hasMore);
    }

    /**
     * Those of the given comments that the reader sees under the post (approved, or their own
     * still waiting), in thread order: what a live page adds or replaces when they change.
     */
    public List<ThreadComment> visibleAmong(long postId, Collection<Long> commentIds, @Nullable String readerToken) {
        if (commentIds.isEmpty()) {
            return List.of();
        }
        String tokenHash = ReaderTokens.hash(readerToken);
        return comments.findVisibleAmong(postId, commentIds, tokenHash == null ? NO_TOKEN : tokenHash).stream()
                .map(comment -> readerView(comment, tokenHash))
                .toList();
    }

    public long approvedCount(long postId) {
        return comments.countByPostIdAndStatus(postId, CommentStatus.APPROVED);
    }

    private ThreadComment readerView(Comment comment, @Nullable String tokenHash) {
        Instant editableUntil = ownComments.editableUntil(comment.getCreatedAt());
        boolean editable = tokenHash != null && tokenHash.equals(comment.getReaderTokenHash())
                && comment.getStaffAccountId() == null && clock.instant().isBefore(editableUntil);
        return new ThreadComment(comment.getId(), comment.getParentId(), comment.getDepth(), comment.getThreadPath(),
                comment.getAuthorName(), comment.getAuthorUrl(), comment.getStaffAccountId() != null,
                comment.getBodyHtml(), comment.getCreatedAt(), comment.getStatus() != CommentStatus.APPROVED,
                editable ? editableUntil : null);
    }
}
