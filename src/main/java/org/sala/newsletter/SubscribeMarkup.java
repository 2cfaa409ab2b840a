package org.sala.newsletter;

import org.jsoup.nodes.Element;
import org.sala.base.ui.markup.FormMarkup;
import org.sala.base.ui.markup.Markup;
import org.sala.base.ui.markup.ReaderText;

/** "Subscribe to our mailing list", in the footer of every reader page. */
public final class SubscribeMarkup {

    static final String ISLAND = "subscribe";
    static final int MAX_EMAIL = 254;
    static final int MAX_NAME = 100;

    private SubscribeMarkup() {}

    /** The form in its island; {@code enabled} is false on cached pages (the script enables it). */
    public static Element island(ReaderText text, boolean enabled) {
        return FormMarkup.island(ISLAND, "subscribe-form", form(text, enabled));
    }

    static Element form(ReaderText text, boolean enabled) {
        Element fields = FormMarkup.fieldset("subscribe-fields", enabled)
                .appendChild(FormMarkup.field("subscribe-email", "subscribe-email", text.get("newsletter.form.email"),
                        FormMarkup.input("email", "email", MAX_EMAIL, "email"), null))
                .appendChild(FormMarkup.field("subscribe-name", "subscribe-name", text.get("newsletter.form.name"),
                        FormMarkup.input("text", "name", MAX_NAME, "name"), null))
                .appendChild(Markup.text("button", "subscribe-submit", text.get("newsletter.form.submit"))
                        .attr("type", "submit"));
        return Markup.element("form", "subscribe").attr("novalidate", true)
                .appendChild(Markup.text("h2", "subscribe-heading", text.get("newsletter.form.heading")))
                .appendChild(Markup.text("p", "", text.get("newsletter.form.about")))
                .appendChild(FormMarkup.needsScript(text.get("newsletter.form.needs-script")))
                .appendChild(fields)
                .appendChild(FormMarkup.status("subscribe-done"));
    }
}
