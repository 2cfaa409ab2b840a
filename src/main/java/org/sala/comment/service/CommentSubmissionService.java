package org.sala.comment.service;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.sala.comment.domain.Comment;
import org.sala.comment.domain.CommentAuthor;
import org.sala.comment.domain.CommentRepository;
import org.sala.comment.domain.CommentStatus;
import org.sala.post.service.PostPageService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Takes a reader's comment: checks it, sanitises it and holds it for a moderator. */
@Service
public class CommentSubmissionService {

    private final CommentRepository comments;
    private final CommentWriter writer;
    private final PostPageService posts;
    private final Validator validator;
    private final ApplicationEventPublisher events;

    CommentSubmissionService(CommentRepository comments, CommentWriter writer, PostPageService posts,
            Validator validator, ApplicationEventPublisher events) {
        this.comments = comments;
        this.writer = writer;
        this.posts = posts;
        this.validator = validator;
        this.events = events;
    }

    /**
     * Holds the comment as PENDING and returns its id.
     *
     * @param parentId the approved comment this one answers, or null
     * @throws InvalidCommentException when a field breaks a rule (messages are translation keys)
     * @throws CommentsClosedException when the post takes no comments
     */
    @Transactional
    public long submit(long postId, Long parentId, CommentDraft draft, ReaderContext reader) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (ConstraintViolation<CommentDraft> violation : validator.validate(draft)) {
            problems.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new InvalidCommentException(problems);
        }
        if (!posts.acceptsComments(postId)) {
            throw new CommentsClosedException(postId);
        }
        Comment parent = parentId == null ? null : comments.findById(parentId)
                .filter(found -> found.getPostId() == postId && found.getStatus() == CommentStatus.APPROVED)
                .orElseThrow(() -> new InvalidCommentException(Map.of("parent", "comment.error.parent-gone")));
        String website = draft.getWebsite() == null || draft.getWebsite().isBlank() ? null : draft.getWebsite().strip();
        CommentAuthor author = new CommentAuthor(draft.getName().strip(), draft.getEmail().strip().toLowerCase(Locale.ROOT),
                website, reader.ip(), null);
        Comment comment = writer.write(postId, parent, author, draft.getBody(), CommentStatus.PENDING,
                ReaderTokens.hash(reader.readerToken()));
        events.publishEvent(CommentsChanged.of(comment.getId(), postId));
        return comment.getId();
    }
}
