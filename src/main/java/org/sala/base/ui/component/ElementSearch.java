package org.sala.base.ui.component;

import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Finds elements in a tree of server-side elements (an island's fields and messages), in document order. */
public final class ElementSearch {

    private ElementSearch() {}

    public static Optional<Element> first(Element root, Predicate<Element> test) {
        return all(root, test).stream().findFirst();
    }

    public static List<Element> all(Element root, Predicate<Element> test) {
        List<Element> found = new ArrayList<>();
        collect(root, test, found);
        return found;
    }

    private static void collect(Element root, Predicate<Element> test, List<Element> found) {
        if (root.isTextNode()) {
            return;
        }
        if (test.test(root)) {
            found.add(root);
        }
        root.getChildren().forEach(child -> collect(child, test, found));
    }
}
