package org.sala.comment.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.VaadinRequest;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sala.base.db.DatabaseProblems;
import org.sala.comment.service.CommentDraft;
import org.sala.comment.service.CommentSubmissionService;
import org.sala.comment.service.CommentThreadService;
import org.sala.comment.service.CommentRateLimitedException;
import org.sala.comment.service.CommentRefusedException;
import org.sala.comment.service.CommentsClosedException;
import org.sala.comment.service.InvalidCommentException;
import org.sala.comment.service.LiveComments;
import org.sala.comment.service.ReaderContext;
import org.sala.comment.service.ThreadComment;
import org.sala.comment.service.ThreadPage;
import org.sala.post.service.PostDetails;

/**
 * The comments under a post: approved ones (and the reader's own waiting ones) in threads,
 * fifty at a time, the form, and live updates when a moderator approves something.
 */
class CommentsSection extends Section {

    private static final Logger log = LoggerFactory.getLogger(CommentsSection.class);

    private final long postId;
    private final boolean open;
    private final ZoneId zone;
    private final CommentThreadService threads;
    private final CommentSubmissionService submissions;
    private final LiveComments live;

    private final H2 heading = new H2();
    private final Div list = new Div();
    private final Button loadMore = new Button();
    private final CommentForm form;
    private final Div formHome = new Div();
    private final Map<Long, CommentItem> items = new HashMap<>();
    private String readerToken;
    private String lastPath = "";
    private int loaded;
    private Runnable unsubscribe = () -> { };

    CommentsSection(PostDetails post, ZoneId zone, CommentThreadService threads,
            CommentSubmissionService submissions, LiveComments live) {
        this.postId = post.id();
        this.open = submissions.takesComments(post.commentsOpen(), post.publishedAt());
        this.zone = zone;
        this.threads = threads;
        this.submissions = submissions;
        this.live = live;
        this.readerToken = ReaderCookie.read().orElse(null);
        setId("comments");
        addClassName("comments");
        list.addClassName("comment-list");
        loadMore.setText(getTranslation("comments.load-more"));
        loadMore.addClassName("comments-load-more");
        loadMore.addClickListener(click -> loadNextPage());
        form = new CommentForm(this::submit, this::stopReplying);
        formHome.addClassName("comment-form-home");
        add(heading, list, loadMore);
        if (open) {
            formHome.add(form);
            add(formHome);
        } else {
            Paragraph closed = new Paragraph(getTranslation("comments.closed"));
            closed.addClassName("comments-closed");
            add(closed);
        }
        showFirst(CommentThreadService.PAGE_SIZE);
        // the post's own count of approved comments, read with the post: no query of its own
        heading.setText(getTranslation("comments.count", post.commentCount()));
    }

    private void loadNextPage() {
        show(threads.page(postId, lastPath, readerToken, CommentThreadService.PAGE_SIZE));
    }

    /** Shows the first {@code count} comments again, e.g. after a moderator approved one. */
    private void reload(int count) {
        Long replyingTo = form.parentId();
        showFirst(count);
        updateHeading();
        if (replyingTo != null && items.containsKey(replyingTo)) {
            items.get(replyingTo).replySlot().add(form);
        } else if (replyingTo != null) {
            stopReplying();
        }
    }

    private void showFirst(int count) {
        list.removeAll();
        items.clear();
        lastPath = "";
        loaded = 0;
        show(threads.page(postId, "", readerToken, Math.max(count, CommentThreadService.PAGE_SIZE)));
    }

    private void show(ThreadPage page) {
        for (ThreadComment comment : page.comments()) {
            CommentItem item = new CommentItem(comment, zone, open, () -> replyTo(comment));
            items.put(comment.id(), item);
            list.add(item);
        }
        loaded += page.comments().size();
        if (!page.comments().isEmpty()) {
            lastPath = page.lastPath();
        }
        loadMore.setVisible(page.hasMore());
    }

    private void updateHeading() {
        heading.setText(getTranslation("comments.count", threads.approvedCount(postId)));
    }

    private void replyTo(ThreadComment comment) {
        items.get(comment.id()).replySlot().add(form);
        form.replyTo(comment.id(), comment.authorName());
    }

    private void stopReplying() {
        form.stopReplying();
        formHome.add(form);
    }

    private void submit(CommentDraft draft, Long parentId) {
        readerToken = ReaderCookie.readOrCreate();
        VaadinRequest request = VaadinRequest.getCurrent();
        try {
            long id = submissions.submit(postId, parentId, draft,
                    new ReaderContext(request == null ? null : request.getRemoteAddr(), readerToken, form.shownAt(),
                            form.trapValue()));
            form.clearText();
            stopReplying();
            Notification.show(getTranslation("comments.thanks"), 6000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            showWithNewComment(id);
        } catch (InvalidCommentException invalid) {
            form.showProblems(invalid.problems());
        } catch (CommentRateLimitedException tooFast) {
            form.showWait(tooFast.retryAfter());
        } catch (CommentRefusedException refused) {
            Notification.show(getTranslation("comment.error.refused"), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
        } catch (CommentsClosedException closed) {
            Notification.show(getTranslation("comments.closed"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.WARNING);
        }
    }

    /**
     * The comment is stored: a failure to show the list again must not tell the person otherwise
     * (their text is gone from the form, so "try again" would lose it); the list catches up later.
     */
    private void showWithNewComment(long id) {
        try {
            reload(loaded + 1);
        } catch (RuntimeException failed) {
            if (!DatabaseProblems.isDatabaseProblem(failed)) {
                throw failed;
            }
            log.warn("Comment {} is stored; the comments could not be shown again: {}", id, failed.toString());
            return;
        }
        CommentItem mine = items.get(id);
        if (mine != null) {
            mine.scrollIntoView();
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        unsubscribe = live.subscribe(change -> {
            if (change.postIds().contains(postId)) {
                ui.access(() -> reload(loaded));
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unsubscribe.run();
    }
}
