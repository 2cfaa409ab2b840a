package org.sala.comment;

import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.sala.comment.content.CommentRenderer.RenderedComment;
import org.sala.comment.content.CommentRenderer;
import org.sala.comment.domain.CommentRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a new comment in its thread: renders and sanitises the text, keeps the raw text beside
 * it, and gives the comment its place (it needs its own id for that, hence two writes).
 */
@Component
public class CommentWriter {

    private final CommentRepository comments;
    private final CommentRenderer renderer;
    private final Clock clock;

    CommentWriter(CommentRepository comments, CommentRenderer renderer, Clock clock) {
        this.comments = comments;
        this.renderer = renderer;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Comment write(long postId, @Nullable Comment parent, CommentAuthor author, String rawText, CommentStatus status,
            @Nullable String readerTokenHash) {
        return write(postId, parent, author, rawText, status, readerTokenHash, clock.instant());
    }

    /** A comment written at a given moment (imported, or demo content). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Comment write(long postId, @Nullable Comment parent, CommentAuthor author, String rawText, CommentStatus status,
            @Nullable String readerTokenHash, Instant writtenAt) {
        String raw = normalizeLineBreaks(rawText);
        RenderedComment rendered = renderer.render(raw);
        Comment comment = new Comment(postId, author, writtenAt);
        comment.setBody(raw, rendered.html(), rendered.htmlPolicyVersion(), rendered.sanitizerReport(), writtenAt);
        comment.setStatus(status, writtenAt);
        comment.setReaderTokenHash(readerTokenHash);
        comments.saveAndFlush(comment);
        comment.placeUnder(parent);
        return comment;
    }

    /** New text for an existing comment, rendered and sanitised the same way. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void rewrite(Comment comment, String rawText) {
        String raw = normalizeLineBreaks(rawText);
        RenderedComment rendered = renderer.render(raw);
        comment.setBody(raw, rendered.html(), rendered.htmlPolicyVersion(), rendered.sanitizerReport(), clock.instant());
    }

    public static String normalizeLineBreaks(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
