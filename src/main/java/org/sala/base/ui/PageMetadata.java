package org.sala.base.ui;

import java.util.List;
import java.util.Optional;

/**
 * What a page says about itself in its head besides its title: its own feeds (the site feed is
 * on every page anyway) and, for an article, a description and Open Graph tags.
 */
public record PageMetadata(List<AlternateFeed> feeds, Optional<Article> article) {

    /** An RSS feed about what the page shows; {@code path} is a path on this site. */
    public record AlternateFeed(String title, String path) {}

    /** A piece the page is about: its title, a short description and its own path on this site. */
    public record Article(String title, String description, String path) {}

    public static final PageMetadata NONE = new PageMetadata(List.of(), Optional.empty());

    public static PageMetadata feeds(AlternateFeed... feeds) {
        return new PageMetadata(List.of(feeds), Optional.empty());
    }

    public static PageMetadata article(Article article, AlternateFeed... feeds) {
        return new PageMetadata(List.of(feeds), Optional.of(article));
    }
}
