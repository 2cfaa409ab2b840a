package org.sala.staff.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.sala.base.site.SiteProperties;
import org.sala.staff.StaffLayout;

/** Where staff land after signing in: the work their role gives them. */
@Route(value = "staff", layout = StaffLayout.class)
@PermitAll
public class StaffHomeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SiteProperties site;

    public StaffHomeView(AuthenticationContext authentication, SiteProperties site) {
        this.site = site;
        add(new H1(getTranslation("staff.welcome", authentication.getPrincipalName().orElse(""))),
                new Paragraph(getTranslation("staff.welcome.text")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MenuConfiguration.getMenuEntries().stream().findFirst()
                .ifPresent(work -> event.forwardTo(work.path()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.plain", getTranslation("staff.title", site.name()), site.name());
    }
}
