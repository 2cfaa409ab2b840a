package org.sala.post;

/**
 * Published inside the publishing transaction, so listeners (the search index) stay in step.
 * {@code imported} marks a post that was published elsewhere before (a WordPress import): it is
 * indexed, but not announced again (no newsletter).
 */
public record PostPublished(long postId, String title, String bodyText, boolean imported) {

    public PostPublished(long postId, String title, String bodyText) {
        this(postId, title, bodyText, false);
    }
}
