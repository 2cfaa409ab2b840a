package org.sala.base.ui;

import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With eager server load Vaadin writes the first view's state as JSON into an inline
 * {@code <script initial>} of the page, without escaping {@code </script>}: a commenter named
 * {@code </script><img src=x onerror=...>} would break out of the script and inject markup.
 * Here every {@code <} in that script becomes {@code \u003c}, which means the same inside the JSON
 * strings (the only place a {@code <} can occur there) and can never end the script element.
 */
final class InitialUidlEscaping {

    private static final Logger log = LoggerFactory.getLogger(InitialUidlEscaping.class);
    private static final String MARKER = "window.Vaadin.TypeScript";

    private InitialUidlEscaping() {}

    static void apply(IndexHtmlResponse response) {
        boolean found = false;
        for (Element script : response.getDocument().select("script[initial]")) {
            String code = script.data();
            if (code.contains(MARKER)) {
                found = true;
                script.empty();
                script.appendChild(new DataNode(escape(code)));
            }
        }
        if (!found && response.getUI().isPresent()) {
            log.warn("The page has no initial Vaadin state to escape; has Vaadin changed how it embeds it?");
        }
    }

    static String escape(String scriptCode) {
        return scriptCode.replace("<", "\\u003c");
    }
}
