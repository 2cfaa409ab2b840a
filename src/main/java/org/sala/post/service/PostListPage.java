package org.sala.post.service;

import java.util.List;
import org.sala.post.PostSummary;

/** One page (1-based) of a newest-first list, and whether older posts follow. */
public record PostListPage(List<PostSummary> posts, int page, boolean hasOlder) {

    public boolean hasNewer() {
        return page > 1;
    }
}
