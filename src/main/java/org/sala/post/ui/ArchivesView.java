package org.sala.post.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sala.base.ui.ReaderView;

/** Every way to browse (see {@link ArchivesPage}). */
@Route("archives")
@AnonymousAllowed
public class ArchivesView extends ReaderView {

    ArchivesView(ArchivesPage page) {
        super(page);
    }
}
