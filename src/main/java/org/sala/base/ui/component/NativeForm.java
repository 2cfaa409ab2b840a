package org.sala.base.ui.component;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;

/** A plain HTML form that the browser submits itself (e.g. a GET search form). */
@Tag("form")
public class NativeForm extends HtmlContainer {

    public NativeForm(String action, String method) {
        getElement().setAttribute("action", action);
        getElement().setAttribute("method", method);
    }
}
