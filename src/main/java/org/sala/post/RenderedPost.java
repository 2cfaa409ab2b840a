package org.sala.post;

/**
 * A post body ready to store: the sanitised HTML readers get, the version of the policy that
 * sanitised it, its plain text (for search and feeds) and the excerpt shown in lists.
 */
public record RenderedPost(String html, int htmlPolicyVersion, String text, String excerpt) {}
