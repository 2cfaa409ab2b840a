package org.sala.moderation.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommentDecisionRepository extends JpaRepository<CommentDecision, Long>, CommentDecisionBatches {

    List<CommentDecision> findByCommentIdOrderByDecidedAtAscIdAsc(long commentId);

    Optional<CommentDecision> findFirstByCommentIdOrderByDecidedAtDescIdDesc(long commentId);
}
