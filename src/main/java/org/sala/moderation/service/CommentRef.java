package org.sala.moderation.service;

/** A comment as a moderator last saw it: deciding on it applies only if nobody changed it since. */
public record CommentRef(long id, long version) {}
