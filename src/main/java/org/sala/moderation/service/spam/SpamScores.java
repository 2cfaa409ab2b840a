package org.sala.moderation.service.spam;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.sala.moderation.domain.CommentSpamScore;
import org.sala.moderation.domain.CommentSpamScoreRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The comments' spam scores for the queue, in the caller's transaction. */
@Component
public class SpamScores {

    private final CommentSpamScoreRepository scores;

    SpamScores(CommentSpamScoreRepository scores) {
        this.scores = scores;
    }

    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public Map<Long, Double> of(Collection<Long> commentIds) {
        return scores.findByCommentIdIn(commentIds).stream()
                .collect(Collectors.toMap(CommentSpamScore::getCommentId, CommentSpamScore::getScore));
    }
}
