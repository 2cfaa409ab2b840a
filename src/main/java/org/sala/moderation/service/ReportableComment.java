package org.sala.moderation.service;

/** A published comment as the report page shows it: who wrote it, where, and its start (plain text). */
public record ReportableComment(long id, String authorName, String excerpt, String postTitle, String postPath) {}
