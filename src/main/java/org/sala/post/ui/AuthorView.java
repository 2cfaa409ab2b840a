package org.sala.post.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.sala.base.site.SiteProperties;
import org.sala.base.ui.Pages;
import org.sala.post.service.AuthorLink;
import org.sala.post.service.PostListService;

/** "Posts by Malee Chaiyaporn", newest first. */
@Route("author/:username")
@AnonymousAllowed
public class AuthorView extends PostListView {

    private final PostListService posts;

    public AuthorView(PostListService posts, SiteProperties site) {
        super(site);
        this.posts = posts;
    }

    @Override
    protected Optional<Listing> listing(BeforeEnterEvent event, int page) {
        String username = event.getRouteParameters().get("username").orElse("");
        return posts.byAuthor(username, page).map(archive -> new Listing(
                getTranslation("archive.author", archive.name()), archive.page(),
                getTranslation("archive.empty"), p -> link(username, p)));
    }

    public static RouterLink link(AuthorLink author) {
        RouterLink link = link(author.username(), 1);
        link.setText(author.name());
        return link;
    }

    private static RouterLink link(String username, int page) {
        RouterLink link = new RouterLink(AuthorView.class, new RouteParameters("username", username));
        link.setQueryParameters(Pages.query(page));
        return link;
    }
}
