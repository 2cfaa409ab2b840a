package org.sala.comment;

/** Where a comment stands. Every reader comment starts PENDING; only APPROVED ones are shown. */
public enum CommentStatus {
    PENDING,
    APPROVED,
    REJECTED,
    SPAM,
    /** Taken back by its commenter within the edit window; nobody may publish it again. */
    DELETED
}
