package org.sala.base.site;

/**
 * Where feed readers and search engines find the site. The controllers of {@code org.sala.feed}
 * answer at these patterns, pages link to them and security lets everyone read them.
 */
public final class DiscoveryPaths {

    public static final String SITE_FEED = "/feed";
    public static final String SITE_ATOM_FEED = "/feed/atom";
    public static final String CATEGORY_FEED = "/category/{slug}/feed";
    public static final String CATEGORY_ATOM_FEED = "/category/{slug}/feed/atom";
    public static final String COMMENT_FEED = "/comments/feed";
    public static final String POST_COMMENT_FEED = "/{year:[0-9]{4}}/{month:[0-9]{2}}/{slug}/feed";
    /** The sitemap index, which lists the numbered parts. */
    public static final String SITEMAP = "/sitemap.xml";
    /** A part of the sitemap; the controller answers 404 for anything but the number of a part. */
    public static final String SITEMAP_PART = "/sitemap-{number}.xml";
    public static final String ROBOTS = "/robots.txt";

    public static final String[] ALL = {SITE_FEED, SITE_ATOM_FEED, CATEGORY_FEED, CATEGORY_ATOM_FEED, COMMENT_FEED,
            POST_COMMENT_FEED, SITEMAP, SITEMAP_PART, ROBOTS};

    private DiscoveryPaths() {}

    public static String categoryFeed(String categorySlug) {
        return "/category/" + categorySlug + "/feed";
    }

    public static String categoryAtomFeed(String categorySlug) {
        return categoryFeed(categorySlug) + "/atom";
    }

    /** Part {@code number} (from 1) of the sitemap. */
    public static String sitemapPart(int number) {
        return "/sitemap-" + number + ".xml";
    }

    /** The comment feed of the post at {@code postPath} ({@code 2025/10/its-slug}). */
    public static String postCommentFeed(String postPath) {
        return "/" + postPath.replaceFirst("^/+", "") + "/feed";
    }
}
