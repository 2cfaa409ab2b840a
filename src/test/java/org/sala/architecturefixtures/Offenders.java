package org.sala.architecturefixtures;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

/** Classes breaking the markup and script rules, one way each, to prove the rules notice. */
public final class Offenders {

    private Offenders() {
    }

    public static final class SetsInnerHtmlUnderAComputedName {
        void show(Element element, String html) {
            element.setProperty("inner" + "HTML".toString(), html);
        }
    }

    public static final class ReadsInnerHtml {
        Object read(Element element) {
            return element.getPropertyRaw("innerHTML");
        }
    }

    public static final class CallsAFunction {
        void scroll(Element element) {
            element.callJsFunction("scrollIntoView");
        }
    }

    public static final class RunsScript {
        void run(UI ui, String code) {
            ui.getPage().executeJs(code);
        }
    }

    public static final class AddsAnEventHandler {
        void add(Div div) {
            div.getElement().setAttribute("onmouseover", "alert(1)");
        }
    }

    public static final class AddsAnEventHandlerToMarkup {
        org.jsoup.nodes.Element image() {
            return new org.jsoup.nodes.Element("img").attr("ONERROR", "alert(1)");
        }
    }

    public static final class Harmless {
        void label(Div div) {
            div.getElement().setAttribute("aria-label", "online only");
            div.getElement().setText("one");
        }
    }
}
