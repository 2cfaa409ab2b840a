package org.sala.post.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sala.base.ui.ReaderView;

/** A month's posts and the list of months (see {@link MonthArchive}). */
@Route(":year([0-9]{4})/:month([0-9]{2})")
@AnonymousAllowed
public class MonthArchiveView extends ReaderView {

    MonthArchiveView(MonthArchive page) {
        super(page);
    }
}
