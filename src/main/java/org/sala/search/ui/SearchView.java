package org.sala.search.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sala.base.ui.ReaderView;

/** Search results at {@code /search?q=...} (see {@link SearchPage}). */
@Route("search")
@AnonymousAllowed
public class SearchView extends ReaderView {

    SearchView(SearchPage page) {
        super(page);
    }
}
