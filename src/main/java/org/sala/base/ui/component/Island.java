package org.sala.base.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A reader form in a running UI, built when the reader first uses it. Until then it is one node
 * showing the form's markup; when the reader focuses a field (the page's script sends
 * {@code sala-activate}) the same markup becomes live elements with their listeners, and the
 * script carries over what was typed meanwhile. So a page that is only read pays for no form.
 */
public abstract class Island extends Component {

    public static final String ACTIVATE_EVENT = "sala-activate";

    private final Supplier<org.jsoup.nodes.Element> formMarkup;
    private @Nullable LiveForm form;

    protected Island(org.jsoup.nodes.Element islandMarkup, Supplier<org.jsoup.nodes.Element> liveFormMarkup) {
        super(new Element(islandMarkup.tagName()));
        org.jsoup.nodes.Element inactiveForm = islandMarkup.child(0);
        islandMarkup.attributes().forEach(attribute -> getElement().setAttribute(attribute.getKey(), attribute.getValue()));
        getElement().appendChild(new PreRenderedHtml(inactiveForm).getElement());
        this.formMarkup = liveFormMarkup;
        getElement().addEventListener(ACTIVATE_EVENT, event -> activate());
    }

    /** Makes the form live, if it is not yet. */
    public final LiveForm activate() {
        LiveForm current = form;
        if (current == null) {
            current = replaceForm(formMarkup.get());
            getElement().setAttribute("data-live", true);
        }
        return current;
    }

    /** Puts a fresh live form in place of the current one (say, emptied after it was sent). */
    protected final LiveForm replaceForm(org.jsoup.nodes.Element markup) {
        LiveForm live = LiveForm.from(markup);
        getElement().removeAllChildren();
        getElement().appendChild(live.element());
        form = live;
        wire(live);
        return live;
    }

    public final boolean isActive() {
        return form != null;
    }

    /** Adds the form's listeners, once, when it becomes live. */
    protected abstract void wire(LiveForm form);
}
