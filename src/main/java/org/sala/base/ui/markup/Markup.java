package org.sala.base.ui.markup;

import java.time.Instant;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Building blocks of reader markup, made with jsoup so that every text and attribute is escaped
 * as it is written out. The same elements become the cached HTML page and, inside a running
 * Vaadin UI, the content of {@link org.sala.base.ui.component.PreRenderedHtml} nodes.
 */
public final class Markup {

    private Markup() {}

    public static Element element(String tag, String className) {
        Element element = new Element(tag);
        if (className != null && !className.isEmpty()) {
            element.attr("class", className);
        }
        return element;
    }

    public static Element text(String tag, String className, String text) {
        return element(tag, className).text(text);
    }

    /**
     * A link to another page. In a running UI, Vaadin's router would open it in the same UI;
     * {@code router-ignore} makes it a plain page load instead, which a cached page answers.
     */
    public static Element link(String href, String text) {
        return new Element("a").attr("href", href).attr("router-ignore", true).text(text);
    }

    /** An HTML {@code <time>}: the date as readers see it, the instant for machines. */
    public static Element time(Instant instant, String shown) {
        return new Element("time").attr("datetime", instant.toString()).text(shown);
    }

    /**
     * Appends HTML that a sanitiser policy produced when it was stored (post bodies, comments,
     * pages). It is written out as it is, without being parsed again: this is the only way markup
     * that is not built here reaches a reader page.
     */
    public static Element appendSanitized(Element parent, String sanitizedHtml) {
        return parent.appendChild(new DataNode(sanitizedHtml == null ? "" : sanitizedHtml));
    }

    /** The element itself as HTML, without pretty-printing (which would add text to the page). */
    public static String outerHtml(Element element) {
        return inDocument(element).outerHtml();
    }

    /** What is inside the element, as HTML. */
    public static String innerHtml(Element element) {
        return inDocument(element).html();
    }

    private static Element inDocument(Element element) {
        if (element.ownerDocument() == null) {
            Element root = element;
            while (root.parent() != null) {
                root = root.parent();
            }
            Document document = new Document("");
            document.outputSettings().prettyPrint(false).charset("UTF-8");
            document.appendChild(root);
        }
        return element;
    }
}
