package org.sala.post;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sala.media.MediaLink;
import org.sala.post.service.PostLink;
import org.sala.post.service.TagLink;

/** A published post for its own page; {@code bodyHtml} went through the post sanitiser policy. */
public record PostDetails(long id, PostAddress address, String title, String bodyHtml, String excerpt,
        Instant publishedAt, AuthorLink author, List<CategoryLink> categories, List<TagLink> tags,
        boolean commentsOpen, int commentCount, Optional<PostLink> older, Optional<PostLink> newer,
        Optional<MediaLink> featuredImage, List<MediaLink> attachments) {}
