package org.sala.notification.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sala.base.site.SiteProperties;
import org.sala.notification.service.DigestPreferencesService;
import org.sala.staff.StaffLayout;

/** A moderator's own mail settings. */
@Route(value = "staff/notifications", layout = StaffLayout.class)
@Menu(title = "staff.notifications.title", order = 7)
@RolesAllowed({"MODERATOR", "ADMIN"})
public class MyNotificationsView extends Div implements HasDynamicTitle {

    private final SiteProperties site;

    public MyNotificationsView(DigestPreferencesService preferences, SiteProperties site) {
        this.site = site;
        Checkbox digest = new Checkbox(getTranslation("staff.notifications.digest"), preferences.wanted());
        digest.addClassName("digest-wanted");
        digest.addValueChangeListener(change -> preferences.setWanted(change.getValue()));
        add(new H1(getTranslation("staff.notifications.title")), digest,
                new Paragraph(getTranslation("staff.notifications.digest-help")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.plain", getTranslation("staff.notifications.title"), site.name());
    }
}
