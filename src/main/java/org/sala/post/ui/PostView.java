package org.sala.post.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sala.base.site.DiscoveryPaths;
import org.sala.base.site.SiteProperties;
import org.sala.base.ui.HasPageMetadata;
import org.sala.base.ui.PageMetadata;
import org.sala.base.ui.component.SafeHtml;
import org.sala.post.content.PostHtmlPolicy;
import org.sala.post.service.PostAddress;
import org.sala.post.service.PostDetails;
import org.sala.post.service.PostLink;
import org.sala.post.service.PostPageService;

/** A published post at {@code /2017/06/its-slug}. */
@Route(":year([0-9]{4})/:month([0-9]{2})/:slug")
@AnonymousAllowed
public class PostView extends Div implements BeforeEnterObserver, HasDynamicTitle, HasPageMetadata {

    private final PostPageService postPages;
    private final SiteProperties site;
    private final List<PostPageSection> sections;
    private String pageTitle = "";
    private PageMetadata pageMetadata = PageMetadata.NONE;

    public PostView(PostPageService postPages, SiteProperties site, List<PostPageSection> sections) {
        this.postPages = postPages;
        this.site = site;
        this.sections = sections;
        addClassName("post-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteParameters parameters = event.getRouteParameters();
        Optional<PostDetails> found = postPages.published(parameters.get("slug").orElse(""));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        PostDetails post = found.get();
        if (!routeParameters(post.address()).equals(parameters)) {
            event.forwardTo(PostView.class, routeParameters(post.address()));
            return;
        }
        removeAll();
        add(article(post));
        sections.forEach(section -> add(section.create(post)));
        pageTitle = getTranslation("title.plain", post.title(), site.name());
        pageMetadata = PageMetadata.article(
                new PageMetadata.Article(post.title(), post.excerpt(), post.address().path()),
                new PageMetadata.AlternateFeed(
                        getTranslation("title.plain", getTranslation("feed.comments-on", post.title()), site.name()),
                        DiscoveryPaths.postCommentFeed(post.address().path())));
    }

    private Article article(PostDetails post) {
        H1 title = new H1(post.title());
        title.addClassName("post-title");
        Header header = new Header(title, new PostMeta(post.publishedAt(), site.timeZone(), post.author(),
                post.categories()));
        SafeHtml body = new SafeHtml(PostHtmlPolicy.POLICY, post.bodyHtml(), "post-body");
        Article article = new Article(header);
        post.featuredImage().ifPresent(image -> article.add(PostFiles.featuredImage(image, post.title())));
        article.add(body);
        if (!post.attachments().isEmpty()) {
            article.add(PostFiles.attachments(post.attachments(), getTranslation("post.attachments"),
                    kb -> getTranslation("post.attachment-size", kb)));
        }
        article.addClassName("post");
        if (!post.tags().isEmpty()) {
            Footer tags = new Footer(new Text(getTranslation("post.tags") + " "));
            tags.addClassName("post-tags");
            for (int i = 0; i < post.tags().size(); i++) {
                if (i > 0) {
                    tags.add(new Text(", "));
                }
                tags.add(TagView.link(post.tags().get(i)));
            }
            article.add(tags);
        }
        article.add(neighbours(post.older(), post.newer()));
        return article;
    }

    private Nav neighbours(Optional<PostLink> older, Optional<PostLink> newer) {
        Nav nav = new Nav();
        nav.addClassName("post-neighbours");
        nav.getElement().setAttribute("aria-label", getTranslation("post.neighbours"));
        older.ifPresent(link -> nav.add(neighbour("post.older", link, "prev", "post-older")));
        newer.ifPresent(link -> nav.add(neighbour("post.newer", link, "next", "post-newer")));
        return nav;
    }

    private Div neighbour(String labelKey, PostLink post, String rel, String className) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("neighbour-label");
        RouterLink link = link(post.address(), post.title());
        link.getElement().setAttribute("rel", rel);
        Div neighbour = new Div(label, link);
        neighbour.addClassName(className);
        return neighbour;
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    @Override
    public PageMetadata getPageMetadata() {
        return pageMetadata;
    }

    public static RouterLink link(PostAddress address, String text) {
        return new RouterLink(text, PostView.class, routeParameters(address));
    }

    private static RouteParameters routeParameters(PostAddress address) {
        return new RouteParameters(Map.of("year", "%04d".formatted(address.year()),
                "month", "%02d".formatted(address.month()), "slug", address.slug()));
    }
}
