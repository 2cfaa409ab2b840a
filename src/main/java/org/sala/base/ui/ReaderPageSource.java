package org.sala.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Builds one kind of reader page (the front page, a category, a post) as markup. The live view
 * at the same route shows the same markup; the cached page is made of it without a UI. Sources
 * are Spring beans; the route they serve is that of their {@link #view()}.
 */
public interface ReaderPageSource {

    /** The Vaadin view at this page's route. */
    Class<? extends Component> view();

    ReaderPage render(ReaderRequest request);

    /**
     * Whether the live page shows a reader something of their own (their comments waiting for a
     * moderator): such readers get the live page, the others the cached one.
     */
    default boolean showsReaderOwnContent() {
        return false;
    }
}
