package org.sala.comment.service;

/** A comment that looks automated; the sender is told only that it was not accepted. */
public class CommentRefusedException extends RuntimeException {

    public CommentRefusedException(String reason) {
        super(reason);
    }
}
