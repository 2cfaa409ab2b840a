package org.sala.post.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sala.media.service.MediaLink;

/** A published post for its own page; {@code bodyHtml} went through the post sanitiser policy. */
public record PostDetails(long id, PostAddress address, String title, String bodyHtml, String excerpt,
        Instant publishedAt, AuthorLink author, List<CategoryLink> categories, List<TagLink> tags,
        boolean commentsOpen, int commentCount, Optional<PostLink> older, Optional<PostLink> newer,
        Optional<MediaLink> featuredImage, List<MediaLink> attachments) {}
