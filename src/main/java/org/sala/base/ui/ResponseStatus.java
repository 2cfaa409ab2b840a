package org.sala.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.communication.IndexHtmlResponse;

/**
 * The HTTP status of the page a browser (or a crawler) asked for. Vaadin renders the first view
 * while it answers the page request (eager server load) but always answers 200; error views
 * record their status here and it is applied to the response.
 */
public final class ResponseStatus {

    private ResponseStatus() {}

    private record Status(int code) {}

    public static void set(int code) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.setData(ui, Status.class, new Status(code));
        }
    }

    static void apply(IndexHtmlResponse response) {
        response.getUI()
                .map(ui -> ComponentUtil.getData(ui, Status.class))
                .ifPresent(status -> response.getVaadinResponse().setStatus(status.code()));
    }
}
