package org.sala.comment.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.sala.base.site.SiteProperties;
import org.sala.base.ui.ReaderRequest;
import org.sala.base.ui.markup.Markup;
import org.sala.base.ui.markup.ReaderText;
import org.sala.comment.LiveComments;
import org.sala.comment.service.CommentSubmissionService;
import org.sala.comment.service.CommentThreadService;
import org.sala.comment.service.OwnCommentService;
import org.sala.comment.service.ThreadPage;
import org.sala.post.PostDetails;
import org.sala.post.PostMarkup;
import org.sala.post.PostPageSection;

/** Puts the comments under every post page: as markup for the cached page, live in a UI. */
@org.springframework.stereotype.Component
class CommentsOnPostPage implements PostPageSection {

    /** What the comment section needs to know of its post. */
    record Post(long id, String path, boolean open, ZoneId zone, long approved, String afterPath) {}

    private final CommentThreadService threads;
    private final CommentSubmissionService submissions;
    private final LiveComments live;
    private final OwnCommentService ownComments;
    private final SiteProperties site;
    private final I18NProvider translations;

    CommentsOnPostPage(CommentThreadService threads, CommentSubmissionService submissions, LiveComments live,
            OwnCommentService ownComments, SiteProperties site, I18NProvider translations) {
        this.ownComments = ownComments;
        this.threads = threads;
        this.submissions = submissions;
        this.live = live;
        this.site = site;
        this.translations = translations;
    }

    private Post post(PostDetails post, ReaderRequest request) {
        String after = request.query(CommentMarkup.AFTER_PARAMETER).filter(path -> path.matches("[0-9./]{1,600}"))
                .orElse("");
        return new Post(post.id(), PostMarkup.path(post.address()),
                submissions.takesComments(post.commentsOpen(), post.publishedAt()), site.timeZone(),
                post.commentCount(), after);
    }

    /** The approved comments (no reader's own), the first page or the one the address asks for. */
    @Override
    public Element markup(PostDetails details, ReaderRequest request, ReaderText text) {
        Post post = post(details, request);
        ThreadPage page = threads.page(post.id(), post.afterPath(), null, CommentThreadService.PAGE_SIZE);
        Element loadMore = CommentMarkup.loadMore(post.path(), page.comments().isEmpty() ? post.afterPath()
                : page.lastPath(), text);
        if (!page.hasMore()) {
            loadMore.attr("hidden", true);
        }
        return Markup.element("section", "comments").attr("id", "comments")
                .appendChild(CommentMarkup.heading(post.approved(), text))
                .appendChild(Markup.element("div", "comment-list")
                        .appendChild(CommentMarkup.block(page.comments(), post.zone(), post.open(), text)))
                .appendChild(loadMore)
                .appendChild(post.open() ? CommentFormMarkup.island(text, false) : CommentMarkup.closed(text));
    }

    @Override
    public com.vaadin.flow.component.Component create(PostDetails details, ReaderRequest request) {
        return new CommentsSection(post(details, request), new ReaderText(translations, request.locale()), threads,
                submissions, live, ownComments);
    }

    @Override
    public Optional<Instant> changesAt(PostDetails post) {
        return submissions.closesAt(post.commentsOpen(), post.publishedAt());
    }
}
