package org.sala.post.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sala.base.ui.ReaderView;

/** An author's posts, newest first (see {@link AuthorArchive}). */
@Route("author/:username")
@AnonymousAllowed
public class AuthorView extends ReaderView {

    AuthorView(AuthorArchive page) {
        super(page);
    }
}
