package org.sala.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.communication.PushMode;

/**
 * Server push only for the views that use it (live comments, the moderation queue, staff views
 * with background work): a reader page that shows nothing live opens no push connection.
 */
public final class LivePush {

    private LivePush() {}

    public static void enable(UI ui) {
        if (!ui.getPushConfiguration().getPushMode().isEnabled()) {
            ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
        }
    }
}
