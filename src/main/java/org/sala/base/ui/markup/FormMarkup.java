package org.sala.base.ui.markup;

import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Native form fields for the reader's forms (comments, the mailing list): a label, the input,
 * an optional helper text and a place for the field's error, linked for screen readers. The
 * same markup is the cached page's form and, once the reader starts writing, the live one.
 */
public final class FormMarkup {

    /**
     * The limit of a field that has no {@code maxlength}: a textarea for a long text, which the
     * browser would otherwise cut silently when a longer text is pasted.
     */
    public static final String LIMIT = "data-max-length";

    private FormMarkup() {}

    /**
     * An island: a form that works once the Vaadin UI runs. On a cached page its fields are
     * disabled until the page's script has run, and a note says that writing needs scripts.
     */
    public static Element island(String name, String className, Element form) {
        return Markup.element("div", "island " + className).attr("data-island", name).appendChild(form);
    }

    /** The fields of an island's form: disabled where no script has enabled them yet. */
    public static Element fieldset(String className, boolean enabled) {
        Element fieldset = Markup.element("fieldset", className);
        if (!enabled) {
            fieldset.attr("disabled", true);
        }
        return fieldset;
    }

    public static Element needsScript(String message) {
        return new Element("noscript").appendChild(Markup.text("p", "needs-script", message));
    }

    /** {@code <div class="field ..."><label/><input/><p helper/><p error hidden/></div>} */
    public static Element field(String className, String id, String label, Element control, @Nullable String helper) {
        control.attr("id", id);
        Element field = Markup.element("div", "field " + className)
                .appendChild(Markup.text("label", "", label).attr("for", id))
                .appendChild(control);
        String describedBy = id + "-error";
        if (helper != null) {
            field.appendChild(Markup.text("p", "field-helper", helper).attr("id", id + "-help"));
            describedBy = id + "-help " + describedBy;
        }
        control.attr("aria-describedby", describedBy);
        return field.appendChild(Markup.element("p", "field-error").attr("id", id + "-error").attr("hidden", true));
    }

    public static Element input(String type, String name, int maxLength, String autocomplete) {
        Element input = new Element("input").attr("type", type).attr("name", name);
        if (maxLength > 0) {
            input.attr("maxlength", String.valueOf(maxLength));
        }
        return autocomplete == null ? input : input.attr("autocomplete", autocomplete);
    }

    /**
     * A textarea for a long text such as a comment. Its limit is no {@code maxlength}, which would
     * cut a pasted text without a word: the live form sends at most one character more than the
     * limit, so a text that is too long gets the server's message and stays whole in the field.
     */
    public static Element textarea(String name, int rows, int limit) {
        return new Element("textarea").attr("name", name).attr("rows", String.valueOf(rows))
                .attr(LIMIT, String.valueOf(limit));
    }

    public static Element checkbox(String className, String name, String label) {
        return Markup.element("label", "checkbox " + className)
                .appendChild(new Element("input").attr("type", "checkbox").attr("name", name))
                .appendChild(Markup.text("span", "", label));
    }

    /** Where the form says what happened (sent, refused), read out by screen readers. */
    public static Element status(String className) {
        return Markup.element("p", "form-status " + className).attr("role", "status").attr("hidden", true);
    }
}
