package org.sala.base.ui.component;

import com.github.benmanes.caffeine.cache.Interner;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import org.sala.base.ui.markup.Markup;

/**
 * Reader markup in a running Vaadin UI: one element whose attributes and content are those of
 * the markup the cached page shows, so a list of fifty comments is one node of the UI's state,
 * not hundreds. The markup comes from the reader markup builders ({@link Markup}), where text is
 * escaped and stored HTML is what the sanitiser made of it; nothing else becomes innerHTML here.
 */
public class PreRenderedHtml extends Component {

    /*
     * Every open tab of a page holds its markup as the element's innerHTML, and all tabs of the
     * same page in the same language hold equal markup (often tens of KB, UTF-16 once any
     * character is not Latin-1): they share one copy, kept while any tab still shows it.
     */
    private static final Interner<String> SHARED_MARKUP = Interner.newWeakInterner();

    public PreRenderedHtml(org.jsoup.nodes.Element markup) {
        super(new Element(markup.tagName()));
        show(markup);
    }

    /** Shows other markup of the same kind of element (say, a page of comments after a change). */
    public final void show(org.jsoup.nodes.Element markup) {
        render(getElement(), markup);
    }

    /** Makes the UI element show the markup: its attributes, and its content as innerHTML. */
    public static void render(Element element, org.jsoup.nodes.Element markup) {
        if (!markup.tagName().equals(element.getTag())) {
            throw new IllegalArgumentException("<" + markup.tagName() + "> cannot replace <" + element.getTag() + ">");
        }
        element.getAttributeNames().toList().forEach(element::removeAttribute);
        markup.attributes().forEach(attribute -> element.setAttribute(attribute.getKey(), attribute.getValue()));
        setInnerHtml(element, Markup.innerHtml(markup));
    }

    /** Sets markup the reader markup builders made as the element's content, sharing equal copies. */
    public static void setInnerHtml(Element element, String html) {
        element.setProperty("innerHTML", shared(html));
    }

    /** The content the element shows now, as {@link #setInnerHtml} last set it. */
    public static String innerHtml(Element element) {
        return (String) element.getPropertyRaw("innerHTML");
    }

    /** The one copy of this text that open tabs share (markup, or an author's name in fifty entries). */
    public static String shared(String text) {
        return SHARED_MARKUP.intern(text);
    }
}
