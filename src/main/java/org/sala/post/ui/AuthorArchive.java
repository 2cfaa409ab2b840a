package org.sala.post.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Optional;
import org.sala.base.site.SiteProperties;
import org.sala.base.ui.ReaderRequest;
import org.sala.base.ui.markup.ReaderText;
import org.sala.post.PostListService;
import org.sala.post.PostMarkup;

/** "Posts by Malee Chaiyaporn", newest first. */
@org.springframework.stereotype.Component
class AuthorArchive extends PostListSource {

    private final PostListService posts;

    AuthorArchive(PostListService posts, SiteProperties site, I18NProvider translations) {
        super(site, translations);
        this.posts = posts;
    }

    @Override
    public Class<? extends Component> view() {
        return AuthorView.class;
    }

    @Override
    protected Optional<Listing> listing(ReaderRequest request, ReaderText text) {
        String username = request.parameter("username");
        return posts.byAuthor(username, request.page()).map(archive -> new Listing(
                text.get("archive.author", archive.name()), archive.page(), text.get("archive.empty"),
                PostMarkup.authorPath(username)));
    }
}
