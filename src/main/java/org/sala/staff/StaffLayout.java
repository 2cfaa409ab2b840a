package org.sala.staff;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.sala.base.site.SiteProperties;
import org.sala.base.ui.LivePush;

/**
 * The frame of the staff pages: what the signed-in person may open, and sign-out. Staff views name
 * it as their {@code layout} and carry {@code @Menu} with a translation key as title; the menu lists
 * only the views the person's roles give access to.
 */
@PermitAll
public class StaffLayout extends AppLayout {

    public StaffLayout(AuthenticationContext authentication, SiteProperties site) {
        addClassName("staff-layout");
        Span title = new Span(getTranslation("staff.title", site.name()));
        title.addClassName("staff-title");
        String user = authentication.getPrincipalName().orElse("");
        Span signedIn = new Span(getTranslation("staff.signed-in-as", user));
        signedIn.addClassName("staff-user");
        Button signOut = new Button(getTranslation("staff.sign-out"), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        signOut.addClassName("staff-sign-out");
        Div userBox = new Div(signedIn, signOut);
        userBox.addClassName("staff-user-box");
        addToNavbar(new DrawerToggle(), title, userBox);

        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry ->
                nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path())));
        Anchor viewSite = new Anchor(".", getTranslation("staff.view-site"));
        viewSite.addClassName("staff-view-site");
        addToDrawer(nav, viewSite);
    }

    /** Staff views follow changes live (the queue) and report background work (imports, uploads). */
    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        LivePush.enable(attachEvent.getUI());
    }
}
