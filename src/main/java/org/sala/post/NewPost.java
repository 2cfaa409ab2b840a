package org.sala.post;

import java.time.Instant;
import java.util.List;

/**
 * A post to publish. Categories and tags are named; missing ones are created.
 *
 * @param bodyMarkdown the author's Markdown; it is rendered and sanitised before it is stored
 */
public record NewPost(String authorUsername, String title, String bodyMarkdown, List<String> categories,
        List<String> tags, Instant publishAt, boolean commentsOpen) {}
