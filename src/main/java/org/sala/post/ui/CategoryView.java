package org.sala.post.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.sala.base.site.DiscoveryPaths;
import org.sala.base.site.SiteProperties;
import org.sala.base.ui.HasPageMetadata;
import org.sala.base.ui.PageMetadata;
import org.sala.base.ui.Pages;
import org.sala.post.service.Archive;
import org.sala.post.service.CategoryLink;
import org.sala.post.service.PostListService;

/** "Category: Updates" and its posts, newest first. */
@Route("category/:slug")
@AnonymousAllowed
public class CategoryView extends PostListView implements HasPageMetadata {

    private final PostListService posts;
    private PageMetadata pageMetadata = PageMetadata.NONE;

    public CategoryView(PostListService posts, SiteProperties site) {
        super(site);
        this.posts = posts;
    }

    @Override
    protected Optional<Listing> listing(BeforeEnterEvent event, int page) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        Optional<Archive> found = posts.inCategory(slug, page);
        found.ifPresent(archive -> pageMetadata = PageMetadata.feeds(new PageMetadata.AlternateFeed(
                getTranslation("title.plain", archive.name(), site.name()), DiscoveryPaths.categoryFeed(slug))));
        return found.map(archive -> new Listing(getTranslation("archive.category", archive.name()), archive.page(),
                getTranslation("archive.empty"), p -> link(slug, p)));
    }

    @Override
    public PageMetadata getPageMetadata() {
        return pageMetadata;
    }

    public static RouterLink link(CategoryLink category) {
        RouterLink link = link(category.slug(), 1);
        link.setText(category.name());
        return link;
    }

    private static RouterLink link(String slug, int page) {
        RouterLink link = new RouterLink(CategoryView.class, new RouteParameters("slug", slug));
        link.setQueryParameters(Pages.query(page));
        return link;
    }
}
