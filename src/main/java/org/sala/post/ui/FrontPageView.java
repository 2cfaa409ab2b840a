package org.sala.post.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sala.base.ui.ReaderView;

/** The newest published posts, ten a page (see {@link FrontPage}). */
@Route("")
@AnonymousAllowed
public class FrontPageView extends ReaderView {

    FrontPageView(FrontPage page) {
        super(page);
    }
}
