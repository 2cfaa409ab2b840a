package org.sala.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import java.util.Objects;
import org.sala.base.ui.component.PreRenderedHtml;

/**
 * A reader page in a running UI whose content is markup alone (lists, archives, search): the
 * view is one element holding what its {@link ReaderPageSource} renders, exactly as the cached
 * page shows it. Views with parts to interact with build on the same markup themselves.
 */
public abstract class ReaderView extends Div implements BeforeEnterObserver, HasDynamicTitle, HasPageMetadata {

    private final ReaderPageSource source;
    // Only the head's parts: the content's jsoup tree would stay in the session as long as the tab.
    private String title = "";
    private PageMetadata metadata = PageMetadata.NONE;

    protected ReaderView(ReaderPageSource source) {
        this.source = source;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ReaderPage rendered = source.render(ReaderRequest.of(event, getLocale()));
        if (rendered.redirectTo().isPresent()) {
            event.forwardTo(rendered.redirectTo().get().replaceFirst("^/", ""));
            return;
        }
        if (!rendered.found()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = rendered.title();
        metadata = rendered.metadata();
        PreRenderedHtml.render(getElement(), Objects.requireNonNull(rendered.content()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public PageMetadata getPageMetadata() {
        return metadata;
    }
}
