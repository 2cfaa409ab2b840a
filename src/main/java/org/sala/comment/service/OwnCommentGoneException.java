package org.sala.comment.service;

/**
 * The comment can no longer be changed by its commenter: the edit window has passed, a moderator
 * rejected it, it was deleted, or this browser did not send it.
 */
public class OwnCommentGoneException extends RuntimeException {

    public OwnCommentGoneException(long commentId) {
        super("Comment " + commentId + " can no longer be changed from this browser");
    }
}
