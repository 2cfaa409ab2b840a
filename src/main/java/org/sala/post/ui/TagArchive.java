package org.sala.post.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Optional;
import org.sala.base.site.SiteProperties;
import org.sala.base.ui.ReaderRequest;
import org.sala.base.ui.markup.ReaderText;
import org.sala.post.PostListService;
import org.sala.post.PostMarkup;

/** "Tag: safe migration" and its posts, newest first. */
@org.springframework.stereotype.Component
class TagArchive extends PostListSource {

    private final PostListService posts;

    TagArchive(PostListService posts, SiteProperties site, I18NProvider translations) {
        super(site, translations);
        this.posts = posts;
    }

    @Override
    public Class<? extends Component> view() {
        return TagView.class;
    }

    @Override
    protected Optional<Listing> listing(ReaderRequest request, ReaderText text) {
        String slug = request.parameter("slug");
        return posts.withTag(slug, request.page()).map(archive -> new Listing(
                text.get("archive.tag", archive.name()), archive.page(), text.get("archive.empty"),
                PostMarkup.tagPath(slug)));
    }
}
