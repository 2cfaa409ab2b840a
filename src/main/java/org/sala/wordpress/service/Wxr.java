package org.sala.wordpress.service;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a WordPress export (WXR 1.0 to 1.2) holds, as read from the file. */
public final class Wxr {

    private Wxr() {}

    /** The channel's head: the site, and the authors and terms listed before the items. */
    public record Header(String version, String title, String link, @Nullable String baseSiteUrl, @Nullable String baseBlogUrl,
            List<Author> authors, List<Term> categories, List<Term> tags) {

        /** The exporting blog (all of WordPress.com shares one site URL): ids of two blogs never mix. */
        public String source() {
            for (String candidate : new String[] {baseBlogUrl, baseSiteUrl, link}) {
                if (candidate != null && !candidate.isBlank()) {
                    return candidate.strip().replaceAll("/+$", "");
                }
            }
            return "unknown";
        }
    }

    public record Author(String id, String login, String email, String displayName, String firstName,
            String lastName) {}

    /** A category or tag; {@code parentSlug} only for categories. */
    public record Term(String id, String slug, String name, String parentSlug, String description) {}

    /** A category or tag as an item names it: {@code domain} is "category" or "post_tag". */
    public record ItemTerm(String domain, String slug, String name) {}

    public record Item(String title, String link, String pubDate, String creator, String guid, String content,
            String excerpt, String postId, String postDate, String postDateGmt, String modifiedGmt,
            String commentStatus, String pingStatus, String postName, String status, String postParent,
            String menuOrder, String postType, String postPassword, String isSticky, String attachmentUrl,
            List<ItemTerm> terms, List<Meta> meta, List<Comment> comments) {}

    public record Meta(String key, String value) {}

    public record Comment(String id, String author, String authorEmail, String authorUrl, String authorIp,
            String date, String dateGmt, String content, String approved, String type, String parent,
            String userId) {}
}
