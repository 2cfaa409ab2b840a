package org.sala.post.service;

/** A post opened in the editor: the fields to edit, and where it stands. */
public record EditedPost(PostDraft draft, SavedPost state) {}
