package org.sala.search.ui;

import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import org.sala.base.ui.component.NativeForm;

/**
 * The search box: a GET form to {@code /search?q=}, so it works with Enter, with the button and
 * from a bookmark alike.
 */
public class SearchForm extends NativeForm {

    public static final String QUERY_PARAMETER = "q";
    static final int MAX_LENGTH = 200;

    public SearchForm(String idPrefix, String query) {
        super("search", "get");
        addClassName("search-form");
        getElement().setAttribute("role", "search");
        Input input = new Input();
        input.setType("search");
        input.setId(idPrefix + "-query");
        input.getElement().setAttribute("name", QUERY_PARAMETER);
        input.getElement().setAttribute("maxlength", String.valueOf(MAX_LENGTH));
        input.setPlaceholder(getTranslation("search.placeholder"));
        if (query != null) {
            input.setValue(query);
        }
        NativeLabel label = new NativeLabel(getTranslation("search.label"));
        label.setFor(input);
        label.addClassName("visually-hidden");
        NativeButton submit = new NativeButton(getTranslation("search.button"));
        submit.getElement().setAttribute("type", "submit");
        add(label, input, submit);
    }
}
