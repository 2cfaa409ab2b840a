package org.sala.post.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sala.base.ui.ReaderView;

/** A tag's posts, newest first (see {@link TagArchive}). */
@Route("tag/:slug")
@AnonymousAllowed
public class TagView extends ReaderView {

    TagView(TagArchive page) {
        super(page);
    }
}
