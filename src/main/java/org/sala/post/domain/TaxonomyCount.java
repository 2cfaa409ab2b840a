package org.sala.post.domain;

/** A category or tag with the number of posts (of any status) filed under it. */
public interface TaxonomyCount {

    long getId();

    String getName();

    String getSlug();

    long getPosts();
}
