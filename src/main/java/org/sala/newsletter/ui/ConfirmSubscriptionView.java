package org.sala.newsletter.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sala.base.site.SiteProperties;
import org.sala.newsletter.SubscriptionService;
import org.sala.newsletter.service.LinkResult;

/** Where the link of the confirmation mail leads: confirms, or says why the link does not work. */
@Route("newsletter/confirm")
@AnonymousAllowed
public class ConfirmSubscriptionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SubscriptionService subscriptions;
    private final SiteProperties site;

    public ConfirmSubscriptionView(SubscriptionService subscriptions, SiteProperties site) {
        this.subscriptions = subscriptions;
        this.site = site;
        addClassName("newsletter-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
        LinkResult result = subscriptions.confirm(token);
        Paragraph message = new Paragraph(getTranslation("newsletter.confirm." + result, site.name()));
        message.addClassNames("newsletter-message", "newsletter-confirm-" + result.name().toLowerCase());
        removeAll();
        add(new H1(getTranslation("newsletter.confirm.heading")), message);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.plain", getTranslation("newsletter.confirm.heading"), site.name());
    }
}
