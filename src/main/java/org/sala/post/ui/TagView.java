package org.sala.post.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.sala.base.site.SiteProperties;
import org.sala.base.ui.Pages;
import org.sala.post.service.PostListService;
import org.sala.post.service.TagLink;

/** "Tag: safe migration" and its posts, newest first. */
@Route("tag/:slug")
@AnonymousAllowed
public class TagView extends PostListView {

    private final PostListService posts;

    public TagView(PostListService posts, SiteProperties site) {
        super(site);
        this.posts = posts;
    }

    @Override
    protected Optional<Listing> listing(BeforeEnterEvent event, int page) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        return posts.withTag(slug, page).map(archive -> new Listing(
                getTranslation("archive.tag", archive.name()), archive.page(),
                getTranslation("archive.empty"), p -> link(slug, p)));
    }

    public static RouterLink link(TagLink tag) {
        RouterLink link = link(tag.slug(), 1);
        link.setText(tag.name());
        return link;
    }

    private static RouterLink link(String slug, int page) {
        RouterLink link = new RouterLink(TagView.class, new RouteParameters("slug", slug));
        link.setQueryParameters(Pages.query(page));
        return link;
    }
}
