package org.sala.post;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.sala.base.ui.ReaderRequest;
import org.sala.base.ui.markup.ReaderText;

/**
 * Something shown under a post on its page that another feature contributes (the comments),
 * so that the post feature need not know that feature. Implementations are Spring beans.
 */
public interface PostPageSection {

    /** The section as the cached page shows it: what every anonymous reader sees. */
    Element markup(PostDetails post, ReaderRequest request, ReaderText text);

    /** The section in a running UI, starting from the same markup. */
    Component create(PostDetails post, ReaderRequest request);

    /** When the section will change by itself (comments close on old posts), if it will. */
    default Optional<Instant> changesAt(PostDetails post) {
        return Optional.empty();
    }
}
