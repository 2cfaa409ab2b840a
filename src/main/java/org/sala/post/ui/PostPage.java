package org.sala.post.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.sala.base.site.DiscoveryPaths;
import org.sala.base.site.SiteProperties;
import org.sala.base.ui.PageMetadata;
import org.sala.base.ui.ReaderPage;
import org.sala.base.ui.ReaderPageSource;
import org.sala.base.ui.ReaderRequest;
import org.sala.base.ui.markup.Markup;
import org.sala.base.ui.markup.ReaderText;
import org.sala.post.PostAddress;
import org.sala.post.PostDetails;
import org.sala.post.PostMarkup;
import org.sala.post.PostPageSection;
import org.sala.post.PostPageService;

/** A published post at {@code /2017/06/its-slug}, with what other features show under it. */
@org.springframework.stereotype.Component
class PostPage implements ReaderPageSource {

    private final PostPageService posts;
    private final SiteProperties site;
    private final I18NProvider translations;
    private final List<PostPageSection> sections;

    PostPage(PostPageService posts, SiteProperties site, I18NProvider translations, List<PostPageSection> sections) {
        this.posts = posts;
        this.site = site;
        this.translations = translations;
        this.sections = sections;
    }

    @Override
    public Class<? extends Component> view() {
        return PostView.class;
    }

    /** Readers see their own comments waiting for a moderator under the post. */
    @Override
    public boolean showsReaderOwnContent() {
        return true;
    }

    /** The published post with this slug, whatever year and month the address gives. */
    Optional<PostDetails> post(ReaderRequest request) {
        return posts.published(request.parameter("slug"));
    }

    /** Whether the request named the post by its own address (another month's would redirect). */
    static boolean isAddressOf(PostDetails post, ReaderRequest request) {
        PostAddress address = post.address();
        return request.parameter("year").equals("%04d".formatted(address.year()))
                && request.parameter("month").equals("%02d".formatted(address.month()));
    }

    @Override
    public ReaderPage render(ReaderRequest request) {
        Optional<PostDetails> found = post(request);
        if (found.isEmpty()) {
            return ReaderPage.notFound();
        }
        PostDetails post = found.get();
        if (!isAddressOf(post, request)) {
            return ReaderPage.redirect(PostMarkup.path(post.address()));
        }
        ReaderText text = new ReaderText(translations, request.locale());
        Element view = Markup.element("div", "post-view").appendChild(article(post, text));
        sections.forEach(section -> view.appendChild(section.markup(post, request, text)));
        ReaderPage page = describe(post, text, view);
        Optional<Instant> changes = sections.stream().flatMap(section -> section.changesAt(post).stream())
                .min(Instant::compareTo);
        return changes.isPresent() ? page.freshUntil(changes.get()) : page;
    }

    Element article(PostDetails post, ReaderText text) {
        return PostMarkup.article(post, site.timeZone(), text);
    }

    List<PostPageSection> sections() {
        return sections;
    }

    ReaderText text(java.util.Locale locale) {
        return new ReaderText(translations, locale);
    }

    /** Title, description, link-preview tags and the post's comment feed. */
    ReaderPage describe(PostDetails post, ReaderText text, @Nullable Element content) {
        String path = PostMarkup.path(post.address());
        PageMetadata metadata = PageMetadata.article(
                new PageMetadata.Article(post.title(), post.excerpt(), post.address().path()),
                new PageMetadata.AlternateFeed(
                        text.get("title.plain", text.get("feed.comments-on", post.title()), site.name()),
                        DiscoveryPaths.postCommentFeed(post.address().path())));
        return ReaderPage.of(text.get("title.plain", post.title(), site.name()), metadata, content, path);
    }
}
