package org.sala.post;

import java.time.Instant;
import java.util.List;

/** A post as lists show it: no body, an excerpt that ends in "…". */
public record PostSummary(long id, PostAddress address, String title, String excerpt, Instant publishedAt,
        AuthorLink author, List<CategoryLink> categories, int commentCount) {}
