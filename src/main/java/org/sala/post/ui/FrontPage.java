package org.sala.post.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Optional;
import org.sala.base.site.SiteProperties;
import org.sala.base.ui.ReaderRequest;
import org.sala.base.ui.markup.ReaderText;
import org.sala.post.PostListService;

/** The newest published posts, ten a page. */
@org.springframework.stereotype.Component
class FrontPage extends PostListSource {

    private final PostListService posts;

    FrontPage(PostListService posts, SiteProperties site, I18NProvider translations) {
        super(site, translations);
        this.posts = posts;
    }

    @Override
    public Class<? extends com.vaadin.flow.component.Component> view() {
        return FrontPageView.class;
    }

    @Override
    protected Optional<Listing> listing(ReaderRequest request, ReaderText text) {
        return Optional.of(new Listing(text.get("front.heading"), posts.frontPage(request.page()),
                text.get("front.empty"), "/"));
    }
}
