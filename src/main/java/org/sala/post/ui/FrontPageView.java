package org.sala.post.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.sala.base.site.SiteProperties;
import org.sala.base.ui.Pages;
import org.sala.post.service.PostListService;

/** The newest published posts, ten a page. */
@Route("")
@AnonymousAllowed
public class FrontPageView extends PostListView {

    private final PostListService posts;

    public FrontPageView(PostListService posts, SiteProperties site) {
        super(site);
        this.posts = posts;
    }

    @Override
    protected Optional<Listing> listing(BeforeEnterEvent event, int page) {
        return Optional.of(new Listing(getTranslation("front.heading"), posts.frontPage(page),
                getTranslation("front.empty"), FrontPageView::link));
    }

    static RouterLink link(int page) {
        RouterLink link = new RouterLink(FrontPageView.class);
        link.setQueryParameters(Pages.query(page));
        return link;
    }
}
