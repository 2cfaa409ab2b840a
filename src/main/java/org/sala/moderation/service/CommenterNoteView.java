package org.sala.moderation.service;

import java.time.Instant;

/** A moderators' note on a commenter: its text, who wrote it last and when. */
public record CommenterNoteView(String text, String updatedBy, Instant updatedAt) {}
