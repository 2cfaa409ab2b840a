package org.sala.comment.service;

/** The post does not take comments (closed, unpublished or gone). */
public class CommentsClosedException extends RuntimeException {

    public CommentsClosedException(long postId) {
        super("Post " + postId + " does not take comments");
    }
}
