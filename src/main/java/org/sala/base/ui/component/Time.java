package org.sala.base.ui.component;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import java.time.Instant;

/** An HTML {@code <time>} element: the date as readers see it, the instant for machines. */
@Tag("time")
public class Time extends HtmlContainer {

    public Time(Instant instant, String shown) {
        setText(shown);
        getElement().setAttribute("datetime", instant.toString());
    }
}
