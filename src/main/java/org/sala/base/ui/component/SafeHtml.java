package org.sala.base.ui.component;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import org.owasp.html.PolicyFactory;
import org.sala.base.text.SanitizedHtml;

/**
 * The only way HTML from people (post bodies, comments) reaches a page: it goes through a
 * sanitiser policy right here, even when it was sanitised before it was stored.
 *
 * <p>The clean HTML becomes the {@code innerHTML} of a div in the browser, as Vaadin's
 * {@code Html} component does with its content, but without parsing it again on the server (a
 * post with fifty comments parsed fifty-one fragments per view).
 */
public class SafeHtml extends Composite<Div> {

    private final String html;
    private final String className;

    public SafeHtml(PolicyFactory policy, String untrustedHtml, String className) {
        this.html = SanitizedHtml.withSupplementaryCharacters(policy.sanitize(untrustedHtml));
        this.className = className.replaceAll("[^a-z0-9 -]", "");
    }

    @Override
    protected Div initContent() {
        Div content = new Div();
        content.getElement().setAttribute("class", className);
        content.getElement().setProperty("innerHTML", html);
        return content;
    }
}
