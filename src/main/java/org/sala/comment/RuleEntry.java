package org.sala.comment;

import java.time.Instant;

/** One entry of a moderators' list. */
public record RuleEntry(long id, CommentRuleKind kind, String value, String createdBy, Instant createdAt) {}
