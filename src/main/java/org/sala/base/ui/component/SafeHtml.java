package org.sala.base.ui.component;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import org.owasp.html.PolicyFactory;

/**
 * The only way HTML from people (post bodies, comments) reaches a page. The HTML comes from
 * storage (or from the renderer, for previews) already sanitised by {@code policy}, at the
 * version stored with it ({@code PostHtmlPolicy.VERSION}, {@code CommentHtmlPolicy.VERSION}):
 * it is not sanitised again on every view. Rows stored under an older version of a policy are
 * sanitised again after startup ({@code StoredHtmlResanitiser}). {@code policy} names the policy
 * the caller vouches for; nothing may pass HTML here that did not go through it.
 *
 * <p>The HTML becomes the {@code innerHTML} of a div in the browser, as Vaadin's
 * {@code Html} component does with its content, but without parsing it again on the server (a
 * post with fifty comments parsed fifty-one fragments per view).
 */
public class SafeHtml extends Composite<Div> {

    private final String html;
    private final String className;

    /**
     * @param policy the policy that sanitised {@code untrustedHtml}
     * @param untrustedHtml HTML from storage or the renderer, sanitised by {@code policy}; shown as it is
     * @param className the div's classes (anything but lower-case letters, digits, spaces and dashes is dropped)
     */
    public SafeHtml(PolicyFactory policy, String untrustedHtml, String className) {
        this.html = untrustedHtml;
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
