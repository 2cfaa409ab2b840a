package org.sala.site.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Objects;
import org.sala.base.db.DatabaseOutage;
import org.sala.base.site.SiteProperties;
import org.sala.newsletter.service.SubscriptionService;
import org.sala.page.service.SitePageService;
import org.sala.post.service.ArchiveService;

/** The frame of every public page: header with the categories, the page itself, footer. */
@Layout
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout {

    private final Main main = new Main();

    public MainLayout(SiteProperties site, ArchiveService archive, SitePageService pages,
            AuthenticationContext authentication, SubscriptionService subscriptions, DatabaseOutage outage) {
        addClassName("site");
        getElement().setAttribute("lang", getLocale().toLanguageTag());
        Anchor skipLink = new Anchor("#main", getTranslation("layout.skip-to-content"));
        skipLink.addClassName("skip-link");
        main.setId("main");
        main.addClassName("site-main");
        main.getElement().setAttribute("tabindex", "-1");
        // While the database is down the header goes without its links; the page says why.
        add(skipLink, new SiteHeader(site, outage.unlessDown(archive::categories, List.of()),
                outage.unlessDown(pages::navigation, List.of())),
                main, new SiteFooter(site, authentication.isAuthenticated(), subscriptions));
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(Objects.requireNonNull(content.getElement()));
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeAllChildren();
    }
}
