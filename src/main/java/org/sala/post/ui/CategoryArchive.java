package org.sala.post.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Optional;
import org.sala.base.site.DiscoveryPaths;
import org.sala.base.site.SiteProperties;
import org.sala.base.ui.PageMetadata;
import org.sala.base.ui.ReaderRequest;
import org.sala.base.ui.markup.ReaderText;
import org.sala.post.PostListService;
import org.sala.post.PostMarkup;

/** "Category: Updates" and its posts, newest first, with the category's feed in the head. */
@org.springframework.stereotype.Component
class CategoryArchive extends PostListSource {

    private final PostListService posts;

    CategoryArchive(PostListService posts, SiteProperties site, I18NProvider translations) {
        super(site, translations);
        this.posts = posts;
    }

    @Override
    public Class<? extends Component> view() {
        return CategoryView.class;
    }

    @Override
    protected Optional<Listing> listing(ReaderRequest request, ReaderText text) {
        String slug = request.parameter("slug");
        return posts.inCategory(slug, request.page()).map(archive -> new Listing(
                text.get("archive.category", archive.name()), archive.page(), text.get("archive.empty"),
                PostMarkup.categoryPath(slug),
                PageMetadata.feeds(new PageMetadata.AlternateFeed(text.get("title.plain", archive.name(), site.name()),
                        DiscoveryPaths.categoryFeed(slug)))));
    }
}
