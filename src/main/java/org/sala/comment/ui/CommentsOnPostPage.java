package org.sala.comment.ui;

import org.sala.base.site.SiteProperties;
import org.sala.comment.service.CommentSubmissionService;
import org.sala.comment.service.CommentThreadService;
import org.sala.comment.service.LiveComments;
import org.sala.post.service.PostDetails;
import org.sala.post.ui.PostPageSection;

/** Puts the comments under every post page. */
@org.springframework.stereotype.Component
class CommentsOnPostPage implements PostPageSection {

    private final CommentThreadService threads;
    private final CommentSubmissionService submissions;
    private final LiveComments live;
    private final SiteProperties site;

    CommentsOnPostPage(CommentThreadService threads, CommentSubmissionService submissions, LiveComments live,
            SiteProperties site) {
        this.threads = threads;
        this.submissions = submissions;
        this.live = live;
        this.site = site;
    }

    @Override
    public com.vaadin.flow.component.Component create(PostDetails post) {
        return new CommentsSection(post, site.timeZone(), threads, submissions, live);
    }
}
