package org.sala.post.domain;

public enum PostStatus {
    DRAFT,
    SCHEDULED,
    PUBLISHED,
    UNPUBLISHED
}
