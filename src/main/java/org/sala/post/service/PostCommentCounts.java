package org.sala.post.service;

import org.sala.post.domain.PostRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Keeps each post's number of approved comments, inside the transaction that changes them. */
@Service
public class PostCommentCounts {

    private final PostRepository posts;

    PostCommentCounts(PostRepository posts) {
        this.posts = posts;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void adjust(long postId, int delta) {
        if (delta != 0) {
            posts.adjustCommentCount(postId, delta);
        }
    }
}
