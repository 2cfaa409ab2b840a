package org.sala.base.ui.component;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.dom.ElementUtil;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.sala.base.ui.markup.FormMarkup;

/**
 * A native HTML form running in the UI. Nothing is sent while the reader types: the values of
 * all named fields travel with the submit event, and the server only ever writes messages, never
 * a field's value, so nothing typed can be lost.
 *
 * <p>A text travels with at most one character more than its field's limit ({@code maxlength},
 * or {@link FormMarkup#LIMIT} on a textarea; {@value #UNLIMITED} for a field without one): enough
 * for the server's check to say it is too long, while the field keeps the whole text. So no text
 * put into a field (a script can set any value, and a pasted text in a textarea has no limit)
 * makes a request larger than the server accepts, which would leave the page without its
 * connection.
 */
public final class LiveForm {

    /** The limit of a text field that has none of its own (a bot trap, say). */
    static final int UNLIMITED = 1000;

    private final Element form;
    private final List<Element> controls;

    LiveForm(Element form) {
        this.form = form;
        this.controls = ElementSearch.all(form, element -> element.hasAttribute("name")
                && List.of("input", "textarea", "select").contains(element.getTag()));
    }

    /** A live form made from the form's markup; the caller puts {@link #element()} on the page. */
    public static LiveForm from(org.jsoup.nodes.Element markup) {
        return new LiveForm(ElementUtil.fromJsoup(markup)
                .orElseThrow(() -> new IllegalStateException("The form markup has no element")));
    }

    public Element element() {
        return form;
    }

    /** Runs the handler with the field values (checkboxes as "true"/"false") when the form is sent. */
    public void onSubmit(Consumer<Map<String, String>> handler) {
        DomListenerRegistration submit = form.addEventListener("submit", event -> {
            Map<String, String> values = new LinkedHashMap<>();
            for (Element control : controls) {
                JsonNode value = event.getEventData().get(expression(control));
                values.put(control.getAttribute("name"), value == null || value.isNull() ? "" : value.asString());
            }
            handler.accept(values);
        }).preventDefault();
        controls.forEach(control -> submit.addEventData(expression(control)));
    }

    private static String expression(Element control) {
        String field = "element.elements.namedItem('" + control.getAttribute("name") + "')";
        if ("checkbox".equals(control.getAttribute("type"))) {
            return field + ".checked";
        }
        return field + ".value.slice(0, " + (limit(control) + 1) + ")";
    }

    private static int limit(Element control) {
        for (String attribute : List.of("maxlength", FormMarkup.LIMIT)) {
            String limit = control.getAttribute(attribute);
            if (limit != null && limit.matches("[0-9]{1,9}")) {
                return Integer.parseInt(limit);
            }
        }
        return UNLIMITED;
    }

    /** Shows the message under the field and marks it invalid, or clears it when the message is null. */
    public void fieldError(String name, @Nullable String message) {
        control(name).ifPresent(control -> {
            Optional<Element> error = ElementSearch.first(form, element -> (control.getAttribute("id") + "-error")
                    .equals(element.getAttribute("id")));
            if (message == null) {
                control.removeAttribute("aria-invalid");
                error.ifPresent(element -> element.setText("").setAttribute("hidden", true));
            } else {
                control.setAttribute("aria-invalid", "true");
                error.ifPresent(element -> element.setText(message).removeAttribute("hidden"));
            }
        });
    }

    public void clearFieldErrors() {
        controls.forEach(control -> fieldError(control.getAttribute("name"), null));
    }

    public Optional<Element> control(String name) {
        return controls.stream().filter(control -> name.equals(control.getAttribute("name"))).findFirst();
    }

    /** Moves the focus to the named field, or else to the first element with that class (a button, say). */
    public void focus(String nameOrClass) {
        control(nameOrClass).or(() -> withClass(nameOrClass)).ifPresent(control -> control.callJsFunction("focus"));
    }

    /** The first element under the form carrying the class. */
    public Optional<Element> withClass(String className) {
        return ElementSearch.first(form, element -> element.getClassList().contains(className));
    }

    /** Shows the text in the element with the class (made visible), or hides it when the text is null. */
    public void show(String className, @Nullable String text) {
        withClass(className).ifPresent(element -> {
            if (text == null) {
                element.setAttribute("hidden", true);
            } else {
                element.setText(text).removeAttribute("hidden");
            }
        });
    }

    public void setVisible(String className, boolean visible) {
        withClass(className).ifPresent(element -> {
            if (visible) {
                element.removeAttribute("hidden");
            } else {
                element.setAttribute("hidden", true);
            }
        });
    }
}
