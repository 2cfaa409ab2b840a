package org.sala.post;

import java.time.Instant;

/** A published post's address and when it last changed (published or edited, whichever is later). */
public record PostLastModified(long id, PostAddress address, Instant lastModified) {}
