package org.sala.post;

import java.util.List;

/** The newest published posts of a category, with their bodies. */
public record CategoryPosts(CategoryLink category, List<PostWithBody> posts) {}
