package org.sala.post.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sala.base.ui.ReaderView;

/** A category's posts, newest first (see {@link CategoryArchive}). */
@Route("category/:slug")
@AnonymousAllowed
public class CategoryView extends ReaderView {

    CategoryView(CategoryArchive page) {
        super(page);
    }
}
