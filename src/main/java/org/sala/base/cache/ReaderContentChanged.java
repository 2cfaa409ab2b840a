package org.sala.base.cache;

/**
 * Something readers see changed: a post published, edited or unpublished, a comment approved,
 * a category renamed, a page edited, a setting changed. Published inside the changing
 * transaction; the cached reader pages are dropped once it commits.
 *
 * @param what a few words for the log ("post 12 published")
 */
public record ReaderContentChanged(String what) {}
