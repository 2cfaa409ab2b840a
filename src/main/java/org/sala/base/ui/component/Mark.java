package org.sala.base.ui.component;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;

/** An HTML {@code <mark>}: highlighted text, such as the words searched for. */
@Tag("mark")
public class Mark extends HtmlContainer {

    public Mark(String text) {
        setText(text);
    }
}
