package org.sala.base.ui.component;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import org.owasp.html.PolicyFactory;
import org.sala.base.text.SanitizedHtml;

/**
 * The only way HTML from people (post bodies, comments) reaches a page: it goes through a
 * sanitiser policy right here, even when it was sanitised before it was stored.
 */
public class SafeHtml extends Composite<Html> {

    private final String html;

    public SafeHtml(PolicyFactory policy, String untrustedHtml, String className) {
        String clean = SanitizedHtml.withSupplementaryCharacters(policy.sanitize(untrustedHtml));
        this.html = "<div class=\"" + className.replaceAll("[^a-z0-9 -]", "") + "\">" + clean + "</div>";
    }

    @Override
    protected Html initContent() {
        return new Html(html);
    }
}
