package org.sala.moderation.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommentSpamScoreRepository extends JpaRepository<CommentSpamScore, Long> {

    public List<CommentSpamScore> findByCommentIdIn(Collection<Long> commentIds);
}
