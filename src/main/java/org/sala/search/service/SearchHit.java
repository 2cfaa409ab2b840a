package org.sala.search.service;

import java.util.List;
import org.sala.post.PostSummary;

/** A found post with its title and a snippet of its text, the query words marked. */
public record SearchHit(PostSummary post, List<TextRun> title, List<TextRun> snippet) {}
