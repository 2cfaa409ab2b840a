package org.sala.wordpress.service;

import java.util.Optional;
import java.util.function.LongFunction;
import org.sala.page.PageImportService;
import org.sala.post.PostImportService;
import org.sala.wordpress.domain.WpImportItem;
import org.sala.wordpress.domain.WpImportItemRepository;
import org.sala.wordpress.domain.WpKind;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Where the addresses of an imported WordPress site ({@code /?p=123}, {@code /2016/10/slug/}) live now. */
@Component
public class WordPressLinks {

    private final WpImportItemRepository items;
    private final PostImportService posts;
    private final PageImportService pages;

    WordPressLinks(WpImportItemRepository items, PostImportService posts, PageImportService pages) {
        this.items = items;
        this.posts = posts;
        this.pages = pages;
    }

    /** The path (with its leading slash) of what had this WordPress id: {@code ?p=} or {@code ?page_id=}. */
    @Transactional(readOnly = true)
    public Optional<String> byId(String wpId) {
        return byId(WpKind.POST, wpId, this::postPath).or(() -> byId(WpKind.PAGE, wpId, this::pagePath));
    }

    @Transactional(readOnly = true)
    public Optional<String> postBySlug(String wpSlug) {
        return bySlug(WpKind.POST, wpSlug, this::postPath);
    }

    @Transactional(readOnly = true)
    public Optional<String> pageBySlug(String wpSlug) {
        return bySlug(WpKind.PAGE, wpSlug, this::pagePath);
    }

    @Transactional(readOnly = true)
    public Optional<String> categoryBySlug(String wpSlug) {
        return bySlug(WpKind.CATEGORY, wpSlug, id -> posts.categorySlugOf(id).map(slug -> "/category/" + slug));
    }

    @Transactional(readOnly = true)
    public Optional<String> tagBySlug(String wpSlug) {
        return bySlug(WpKind.TAG, wpSlug, id -> posts.tagSlugOf(id).map(slug -> "/tag/" + slug));
    }

    private Optional<String> byId(WpKind kind, String wpId, LongFunction<Optional<String>> path) {
        return items.findByKindAndWpIdOrderByIdDesc(kind, wpId, Limit.of(1)).stream().findFirst()
                .flatMap(item -> path.apply(item.getSalaId()));
    }

    private Optional<String> bySlug(WpKind kind, String wpSlug, LongFunction<Optional<String>> path) {
        return items.findByKindAndWpSlugOrderByIdDesc(kind, wpSlug, Limit.of(1)).stream().findFirst()
                .map(WpImportItem::getSalaId).flatMap(path::apply);
    }

    private Optional<String> postPath(long postId) {
        return posts.addressOf(postId).map(address -> "/" + address.path());
    }

    private Optional<String> pagePath(long pageId) {
        return pages.publishedSlugOf(pageId).map(slug -> "/page/" + slug);
    }
}
