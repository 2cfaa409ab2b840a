package org.sala.post.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouterLink;
import java.util.Optional;
import java.util.function.IntFunction;
import org.sala.base.site.SiteProperties;
import org.sala.base.ui.Pages;
import org.sala.post.service.PostListPage;

/** A heading over one page of posts: the front page and every archive. */
abstract class PostListView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** What one list page shows. */
    protected record Listing(String heading, PostListPage page, String emptyMessage,
            IntFunction<RouterLink> linkToPage) {}

    protected final SiteProperties site;
    private String pageTitle = "";

    protected PostListView(SiteProperties site) {
        this.site = site;
        addClassName("list-view");
    }

    /** The listing for this URL and page, or empty when the archive does not exist (404). */
    protected abstract Optional<Listing> listing(BeforeEnterEvent event, int page);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        int page = Pages.requested(event);
        Optional<Listing> found = listing(event, page);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        Listing listing = found.get();
        removeAll();
        H1 heading = new H1(listing.heading());
        heading.addClassName("list-heading");
        add(heading);
        add(new PostList(listing.page(), site.timeZone(), listing.emptyMessage(), listing.linkToPage()));
        addAfterList();
        pageTitle = page > 1
                ? getTranslation("title.paged", listing.heading(), page, site.name())
                : getTranslation("title.plain", listing.heading(), site.name());
    }

    /** A place for views that show more under the posts. */
    protected void addAfterList() {}

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
