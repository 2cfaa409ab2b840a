package org.sala.post;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.sala.post.domain.PostRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Keeps each post's number of approved comments, inside the transaction that changes them. */
@Component
public class PostCommentCounts {

    private final PostRepository posts;

    PostCommentCounts(PostRepository posts) {
        this.posts = posts;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void adjust(long postId, int delta) {
        if (delta != 0) {
            posts.adjustCommentCount(postId, delta);
        }
    }

    /** Adjusts many posts at once: one statement for all posts whose count changes by the same number. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void adjustAll(Map<Long, Integer> deltas) {
        deltas.entrySet().stream().filter(entry -> entry.getValue() != 0)
                .collect(Collectors.groupingBy(Map.Entry::getValue, TreeMap::new,
                        Collectors.mapping(Map.Entry::getKey, Collectors.toCollection(TreeSet::new))))
                .forEach((delta, postIds) -> posts.adjustCommentCounts(postIds, delta));
    }
}
