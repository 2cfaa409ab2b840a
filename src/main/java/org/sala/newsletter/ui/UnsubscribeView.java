package org.sala.newsletter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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

/**
 * The unsubscribe link of every mailing-list mail. Opening it changes nothing (link checkers in
 * mail systems open links too); one button unsubscribes.
 */
@Route("newsletter/unsubscribe")
@AnonymousAllowed
public class UnsubscribeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SubscriptionService subscriptions;
    private final SiteProperties site;

    public UnsubscribeView(SubscriptionService subscriptions, SiteProperties site) {
        this.subscriptions = subscriptions;
        this.site = site;
        addClassName("newsletter-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
        removeAll();
        add(new H1(getTranslation("newsletter.unsubscribe.heading")));
        if (!subscriptions.isUnsubscribeLink(token)) {
            add(message(LinkResult.INVALID));
            return;
        }
        Paragraph ask = new Paragraph(getTranslation("newsletter.unsubscribe.ask", site.name()));
        Button unsubscribe = new Button(getTranslation("newsletter.unsubscribe.button"));
        unsubscribe.addThemeVariants(ButtonVariant.PRIMARY);
        unsubscribe.addClassName("unsubscribe-button");
        unsubscribe.addClickListener(click -> {
            LinkResult result = subscriptions.unsubscribe(token);
            remove(ask, unsubscribe);
            add(message(result));
        });
        add(ask, unsubscribe);
    }

    private Paragraph message(LinkResult result) {
        Paragraph message = new Paragraph(getTranslation("newsletter.unsubscribe." + result, site.name()));
        message.addClassNames("newsletter-message", "newsletter-unsubscribe-" + result.name().toLowerCase());
        return message;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.plain", getTranslation("newsletter.unsubscribe.heading"), site.name());
    }
}
