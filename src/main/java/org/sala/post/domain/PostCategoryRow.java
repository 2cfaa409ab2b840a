package org.sala.post.domain;

public record PostCategoryRow(long postId, String name, String slug) {}
