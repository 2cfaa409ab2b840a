package org.sala.post;

import java.time.Instant;

/** A published post with its body (sanitised by the post policy), for feeds. */
public record PostWithBody(PostSummary summary, String bodyHtml, Instant updatedAt) {}
