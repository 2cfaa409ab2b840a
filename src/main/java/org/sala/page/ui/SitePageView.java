package org.sala.page.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sala.base.ui.ReaderView;
import org.sala.page.SitePageSource;

/** A page outside the blog, such as "About" (see {@link SitePageSource}). */
@Route("page/:slug")
@AnonymousAllowed
public class SitePageView extends ReaderView {

    SitePageView(SitePageSource page) {
        super(page);
    }
}
