package org.sala.post.service;

/** Published inside the publishing transaction, so listeners (the search index) stay in step. */
public record PostPublished(long postId, String title, String bodyText) {}
