package org.sala.comment;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import org.sala.comment.domain.CommentRepository;
import org.sala.comment.service.CommentLimits;
import org.sala.comment.service.ReaderTokens;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Whether a browser has comments of its own to see on a post page: waiting for a moderator, which
 * only it may see, or published so recently that its commenter may still edit or delete them. Such
 * a reader gets post pages from a live UI, everyone else the cached page. Answers are kept for a
 * short while (a reader clicking through the site asks on every page) and forgotten when comments
 * change.
 */
@Component
public class WaitingReaders {

    private static final Duration KEPT = Duration.ofSeconds(30);

    private final CommentRepository comments;
    private final CommentLimits limits;
    private final Clock clock;
    private final Cache<String, Boolean> answers = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(KEPT).build();

    WaitingReaders(CommentRepository comments, CommentLimits limits, Clock clock) {
        this.comments = comments;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Whether the browser with this token (its cookie value, may be malformed or null) has comments
     * waiting, or still to be changed by its commenter.
     */
    public boolean hasCommentsWaiting(String readerToken) {
        String hash = ReaderTokens.hash(readerToken);
        return hash != null && answers.get(hash, key -> comments.existsWaitingFrom(key)
                || comments.existsPublishedFromSince(key, clock.instant().minus(limits.editWindow())));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void commentsChanged(CommentsChanged change) {
        answers.invalidateAll();
    }
}
