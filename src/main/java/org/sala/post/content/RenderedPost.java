package org.sala.post.content;

/**
 * A post body ready to store: the sanitised HTML readers get, its plain text (for search and
 * feeds) and the excerpt shown in lists.
 */
public record RenderedPost(String html, String text, String excerpt) {}
