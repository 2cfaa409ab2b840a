package org.sala.comment.service;

import java.util.List;

/** Some comments of a post in thread order, and whether more follow after the last. */
public record ThreadPage(List<ThreadComment> comments, boolean hasMore) {

    public String lastPath() {
        return comments.isEmpty() ? "" : comments.getLast().threadPath();
    }
}
