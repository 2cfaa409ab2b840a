package org.sala.comment;

/**
 * The commenter asked for mail about this (pending) comment. Published inside the submitting
 * transaction; whoever sends notifications keeps the wish. Only approval ever makes it a mail.
 */
public record CommentNotificationsWanted(long commentId, boolean whenPublished, boolean replies) {}
