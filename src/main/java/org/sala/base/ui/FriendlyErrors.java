package org.sala.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.sala.base.db.DatabaseProblems;
import org.sala.base.web.DisconnectedClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a person sees when an action fails unexpectedly: a short notice instead of a stack trace.
 * The page and whatever was typed into it stay as they were. A client that went away meanwhile
 * is no failure (see {@link DisconnectedClients}).
 */
public class FriendlyErrors implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(FriendlyErrors.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        if (DisconnectedClients.wentAway(error)) {
            return; // the page is closed or its connection gone: nobody to tell (logged at DEBUG)
        }
        boolean databaseDown = DatabaseProblems.isDatabaseProblem(error);
        if (databaseDown) {
            log.warn("An action failed because the database is unavailable: {}", error.toString());
        } else {
            log.error("An action failed", error);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            String key = databaseDown ? "error.unavailable" : "error.action-failed";
            Notification notification = Notification.show(ui.getTranslation(key), 8000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.ERROR);
        }
    }
}
