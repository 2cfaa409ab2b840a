package org.sala.post.domain;

import java.time.Instant;

/** A post's sanitised body and when it was last changed, for the posts a list already has. */
public record PostBodyRow(long id, String bodyHtml, Instant updatedAt) {}
