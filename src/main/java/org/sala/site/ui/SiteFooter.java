package org.sala.site.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.time.Year;
import org.sala.account.ui.LoginView;
import org.sala.base.site.SiteProperties;
import org.sala.newsletter.service.SubscriptionService;
import org.sala.newsletter.ui.SubscribeForm;
import org.sala.post.ui.ArchivesView;
import org.sala.staff.ui.StaffHomeView;

class SiteFooter extends Footer {

    SiteFooter(SiteProperties site, boolean signedIn, SubscriptionService subscriptions) {
        addClassName("site-footer");
        Paragraph about = new Paragraph(getTranslation("layout.footer.about", site.name()));
        RouterLink archives = new RouterLink(getTranslation("archives.link"), ArchivesView.class);
        RouterLink staff = signedIn
                ? new RouterLink(getTranslation("layout.footer.staff-area"), StaffHomeView.class)
                : new RouterLink(getTranslation("layout.footer.staff-sign-in"), LoginView.class);
        staff.addClassName("staff-link");
        Div links = new Div(archives, staff);
        links.addClassName("site-footer-links");
        Paragraph copyright = new Paragraph(getTranslation("layout.footer.copyright",
                String.valueOf(Year.now(site.timeZone()).getValue()), site.name()));
        copyright.addClassName("site-footer-copyright");
        add(new SubscribeForm(subscriptions), about, links, copyright);
    }
}
