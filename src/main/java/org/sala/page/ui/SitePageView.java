package org.sala.page.ui;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sala.base.site.SiteProperties;
import org.sala.base.ui.component.SafeHtml;
import org.sala.page.service.PageContent;
import org.sala.page.service.PageLink;
import org.sala.page.service.SitePageService;
import org.sala.post.content.PostHtmlPolicy;

/** A page outside the blog, such as "About". */
@Route("page/:slug")
@AnonymousAllowed
public class SitePageView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SitePageService pages;
    private final SiteProperties site;
    private String title = "";

    public SitePageView(SitePageService pages, SiteProperties site) {
        this.pages = pages;
        this.site = site;
        addClassName("site-page-view");
    }

    public static RouterLink link(PageLink page) {
        return new RouterLink(page.title(), SitePageView.class, new RouteParameters("slug", page.slug()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        PageContent page = pages.published(slug).orElse(null);
        if (page == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = page.title();
        H1 heading = new H1(page.title());
        heading.addClassName("post-title");
        Article article = new Article(heading, new SafeHtml(PostHtmlPolicy.POLICY, page.bodyHtml(), "post-body"));
        article.addClassName("post");
        removeAll();
        add(article);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.plain", title, site.name());
    }
}
