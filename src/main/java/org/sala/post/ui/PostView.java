package org.sala.post.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.sala.base.ui.HasPageMetadata;
import org.sala.base.ui.PageMetadata;
import org.sala.base.ui.ReaderPage;
import org.sala.base.ui.ReaderRequest;
import org.sala.base.ui.component.PreRenderedHtml;
import org.sala.base.ui.markup.ReaderText;
import org.sala.post.PostDetails;

/**
 * A published post at {@code /2017/06/its-slug} in a running UI: the post is one node of
 * {@link PostPage}'s markup; the sections under it (the comments) are live.
 */
@Route(":year([0-9]{4})/:month([0-9]{2})/:slug")
@AnonymousAllowed
public class PostView extends Div implements BeforeEnterObserver, HasDynamicTitle, HasPageMetadata {

    private final PostPage postPage;
    private ReaderPage page = ReaderPage.notFound();

    PostView(PostPage postPage) {
        this.postPage = postPage;
        addClassName("post-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ReaderRequest request = ReaderRequest.of(event, getLocale());
        Optional<PostDetails> found = postPage.post(request);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        PostDetails post = found.get();
        if (!PostPage.isAddressOf(post, request)) {
            event.forwardTo(post.address().path());
            return;
        }
        ReaderText text = postPage.text(getLocale());
        removeAll();
        add(new PreRenderedHtml(postPage.article(post, text)));
        postPage.sections().forEach(section -> add(section.create(post, request)));
        page = postPage.describe(post, text, null);
    }

    @Override
    public String getPageTitle() {
        return page.title();
    }

    @Override
    public PageMetadata getPageMetadata() {
        return page.metadata();
    }
}
