package org.sala.comment;

import java.util.Collection;
import java.util.List;
import org.sala.comment.domain.CommentRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Comments by id, for the features that act on what became of them (notifications). */
@Component
public class CommentLookup {

    private final CommentRepository comments;

    CommentLookup(CommentRepository comments) {
        this.comments = comments;
    }

    @Transactional(readOnly = true)
    public List<Comment> byIds(Collection<Long> ids) {
        return comments.findAllById(ids);
    }
}
