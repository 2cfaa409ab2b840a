package org.sala.site.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Objects;
import org.sala.base.site.SiteProperties;
import org.sala.base.ui.component.PreRenderedHtml;
import org.sala.base.ui.markup.ReaderText;
import org.sala.newsletter.SubscribeIsland;
import org.sala.newsletter.SubscriptionService;

/**
 * The frame of every public page in a running UI: the same markup as the cached page, the
 * header and footer text as one node each, and the mailing-list form, built when first used.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout, BeforeEnterObserver {

    private final ReaderFrame frame;
    private final ReaderText text;
    private final PreRenderedHtml header;
    private final Main main = new Main();

    public MainLayout(ReaderFrame frame, SiteProperties site, I18NProvider translations,
            AuthenticationContext authentication, SubscriptionService subscriptions) {
        this.frame = frame;
        this.text = new ReaderText(translations, getLocale());
        addClassName("site");
        getElement().setAttribute("lang", getLocale().toLanguageTag());
        header = new PreRenderedHtml(frame.header("/", text));
        main.setId(SiteMarkup.MAIN_ID);
        main.addClassName("site-main");
        main.getElement().setAttribute("tabindex", "-1");
        Footer footer = new Footer(new SubscribeIsland(subscriptions, text),
                new PreRenderedHtml(SiteMarkup.footerInfo(site, authentication.isAuthenticated(), text)));
        footer.addClassName("site-footer");
        add(new PreRenderedHtml(SiteMarkup.skipLink(text)), header, main, footer);
    }

    /** The language links come back to the page being opened. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        header.show(frame.header("/" + event.getLocation().getPathWithQueryParameters(), text));
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
