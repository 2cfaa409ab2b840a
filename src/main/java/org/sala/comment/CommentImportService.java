package org.sala.comment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.sala.base.cache.ReaderContentChanged;
import org.sala.comment.domain.CommentRepository;
import org.sala.post.PostCommentCounts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments that were already written and decided elsewhere (demo content, imports): they keep
 * their date and status, pass the same sanitiser, and count on their post when approved.
 */
@Service
public class CommentImportService {

    private final CommentRepository comments;
    private final CommentWriter writer;
    private final PostCommentCounts commentCounts;

    private final ApplicationEventPublisher events;

    CommentImportService(CommentRepository comments, CommentWriter writer, PostCommentCounts commentCounts,
            ApplicationEventPublisher events) {
        this.events = events;
        this.comments = comments;
        this.writer = writer;
        this.commentCounts = commentCounts;
    }

    /** Adds the comment and returns its id; {@code parentId} must be a comment of the same post. */
    @Transactional
    public long add(long postId, @Nullable Long parentId, CommentAuthor author, String text, CommentStatus status,
            Instant writtenAt) {
        Comment parent = parentId == null ? null : comments.findById(parentId)
                .filter(found -> found.getPostId() == postId)
                .orElseThrow(() -> new IllegalArgumentException("No comment " + parentId + " on post " + postId));
        Comment comment = writer.write(postId, parent, author, text, status, null, writtenAt);
        if (status == CommentStatus.APPROVED) {
            commentCounts.adjust(postId, 1);
            events.publishEvent(new ReaderContentChanged("comment " + comment.getId() + " imported"));
        }
        return comment.getId();
    }

    @Transactional(readOnly = true)
    public boolean exists(long commentId) {
        return comments.existsById(commentId);
    }
}
