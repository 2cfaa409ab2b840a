package org.sala.comment.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinRequest;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.sala.base.db.DatabaseProblems;
import org.sala.base.ui.LivePush;
import org.sala.base.ui.component.PreRenderedHtml;
import org.sala.base.ui.markup.Markup;
import org.sala.base.ui.markup.ReaderText;
import org.sala.comment.CommentDraft;
import org.sala.comment.CommentsChanged;
import org.sala.comment.InvalidCommentException;
import org.sala.comment.LiveComments;
import org.sala.comment.OwnCommentChanges;
import org.sala.comment.ReaderCookie;
import org.sala.comment.service.CommentRateLimitedException;
import org.sala.comment.service.CommentRefusedException;
import org.sala.comment.service.CommentSubmissionService;
import org.sala.comment.service.CommentThreadService;
import org.sala.comment.service.CommentsClosedException;
import org.sala.comment.service.OwnCommentGoneException;
import org.sala.comment.service.OwnCommentService;
import org.sala.comment.service.ReaderContext;
import org.sala.comment.service.ThreadComment;
import org.sala.comment.service.ThreadPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The comments under a post in a running UI, on the cached page's markup: the count, the
 * threads in blocks of markup (one node per fifty comments), "show more", and the form, built
 * when the reader starts writing. When a moderator decides, the comments that changed are put
 * in place or taken out; nothing else is built again.
 */
class CommentsSection extends Section {

    private static final Logger log = LoggerFactory.getLogger(CommentsSection.class);

    private final long postId;
    private final String postPath;
    private final boolean open;
    private final ZoneId zone;
    private final ReaderText text;
    private final CommentThreadService threads;
    private final CommentSubmissionService submissions;
    private final LiveComments live;
    private final OwnCommentService ownComments;

    private final Element heading = new Element("h2");
    private final Div list = new Div();
    private final Element loadMore = new Element("a");
    private final CommentFormIsland form;
    private @Nullable String readerToken;
    private String lastPath;
    private boolean hasMore;
    private @Nullable Long replyingTo;
    private @Nullable OwnCommentEditor editor;
    private Runnable unsubscribe = () -> { };
    private final OwnCommentChanges ownChanges = new OwnCommentChanges();

    CommentsSection(CommentsOnPostPage.Post post, ReaderText text, CommentThreadService threads,
            CommentSubmissionService submissions, LiveComments live, OwnCommentService ownComments) {
        this.postId = post.id();
        this.postPath = post.path();
        this.open = post.open();
        this.zone = post.zone();
        this.text = text;
        this.threads = threads;
        this.submissions = submissions;
        this.live = live;
        this.ownComments = ownComments;
        this.readerToken = ReaderCookie.read().orElse(null);
        setId("comments");
        addClassName("comments");
        heading.getClassList().add("comments-heading");
        heading.setText(text.get("comments.count", post.approved()));
        list.addClassName("comment-list");
        onButton("data-reply", this::replyTo);
        onButton(OwnCommentMarkup.EDIT, this::startEditing);
        onButton(OwnCommentMarkup.DELETE, this::askBeforeDeleting);
        loadMore.getClassList().add("comments-load-more");
        loadMore.setText(text.get("comments.load-more"));
        loadMore.addEventListener("click", click -> loadNextPage()).preventDefault();
        form = new CommentFormIsland(text, this::send, this::stopReplying);
        getElement().appendChild(heading, list.getElement(), loadMore);
        add(open ? form : new PreRenderedHtml(CommentMarkup.closed(text)));
        ThreadPage first = threads.page(postId, post.afterPath(), readerToken, CommentThreadService.PAGE_SIZE);
        lastPath = post.afterPath();
        show(first);
    }

    /** Clicks on the comments' buttons carrying this attribute, with the comment id it holds. */
    private void onButton(String attribute, LongConsumer action) {
        String closest = "event.target.closest('[" + attribute + "]')";
        // Every listener's data is read on every click, so reading it must not fail where it is missing.
        String dataset = closest + "?.getAttribute('" + attribute + "')";
        list.getElement().addEventListener("click", click -> action.accept(click.getEventData().get(dataset).asLong()))
                .addEventData(dataset).setFilter(closest + " != null");
    }

    private CommentBlock block(List<ThreadComment> comments) {
        return new CommentBlock(comments, comment -> CommentMarkup.comment(comment, zone, open, text));
    }

    private void show(ThreadPage page) {
        Set<Long> shown = new HashSet<>();
        page.comments().forEach(comment -> {
            if (blockWith(comment.id()).isPresent()) {
                shown.add(comment.id());
            }
        });
        list.add(block(page.comments().stream().filter(comment -> !shown.contains(comment.id())).toList()));
        if (!page.comments().isEmpty()) {
            lastPath = page.lastPath();
        }
        hasMore = page.hasMore();
        loadMore.setAttribute("href", CommentMarkup.loadMoreHref(postPath, lastPath));
        if (hasMore) {
            loadMore.removeAttribute("hidden");
        } else {
            loadMore.setAttribute("hidden", true);
        }
    }

    private void loadNextPage() {
        show(threads.page(postId, lastPath, readerToken, CommentThreadService.PAGE_SIZE));
    }

    private List<CommentBlock> blocks() {
        return list.getChildren().filter(CommentBlock.class::isInstance).map(CommentBlock.class::cast).toList();
    }

    private Optional<CommentBlock> blockWith(long commentId) {
        return blocks().stream().filter(block -> block.contains(commentId)).findFirst();
    }

    /** The block a comment at this place in the thread belongs in: the last that starts before it. */
    private CommentBlock blockFor(String path) {
        List<CommentBlock> blocks = blocks();
        CommentBlock found = blocks.getFirst();
        for (CommentBlock block : blocks) {
            if (block.isEmpty() || block.startsAfter(path)) {
                break;
            }
            found = block;
        }
        return found;
    }

    /** Puts the comment in its place; one past the comments loaded so far waits for "show more". */
    private void put(ThreadComment comment, boolean evenPastTheLoaded) {
        Optional<CommentBlock> showing = blockWith(comment.id());
        if (showing.isPresent()) {
            showing.get().put(comment);
        } else if (evenPastTheLoaded || !hasMore || comment.threadPath().compareTo(lastPath) <= 0) {
            blockFor(comment.threadPath()).put(comment);
        }
    }

    private void apply(CommentsChanged change) {
        List<ThreadComment> visible = threads.visibleAmong(postId, change.commentIds(), readerToken);
        Set<Long> visibleIds = new HashSet<>();
        for (ThreadComment comment : visible) {
            visibleIds.add(comment.id());
            put(comment, false);
        }
        change.commentIds().stream().filter(id -> !visibleIds.contains(id))
                .forEach(id -> blockWith(id).ifPresent(block -> block.remove(id)));
        heading.setText(text.get("comments.count", threads.approvedCount(postId)));
    }

    private void replyTo(long commentId) {
        Optional<CommentBlock> block = blockWith(commentId);
        if (block.isEmpty() || !open) {
            return;
        }
        int index = list.indexOf(block.get());
        block.get().splitAfter(commentId).ifPresent(rest -> list.addComponentAtIndex(index + 1, rest));
        list.addComponentAtIndex(index + 1, form);
        replyingTo = commentId;
        form.replyingTo(block.get().authorOf(commentId).orElse(""));
    }

    private void startEditing(long commentId) {
        ownComments.find(commentId, readerToken).ifPresentOrElse(own -> {
            OwnCommentEditor opened = openEditor(commentId, OwnCommentMarkup.editForm(commentId, own.text(), text),
                    values -> saveEdit(commentId, values.getOrDefault("body", "")));
            opened.form().focus("body");
        }, () -> refresh(commentId));
    }

    private void askBeforeDeleting(long commentId) {
        if (ownComments.find(commentId, readerToken).isEmpty()) {
            refresh(commentId);
            return;
        }
        openEditor(commentId, OwnCommentMarkup.deleteForm(text), values -> delete(commentId))
                .form().focus("comment-own-confirm");
    }

    /** Opens the form under the comment, in place of any other one that was open. */
    private OwnCommentEditor openEditor(long commentId, org.jsoup.nodes.Element formMarkup,
            Consumer<Map<String, String>> onConfirm) {
        closeEditor();
        OwnCommentEditor opened = new OwnCommentEditor(commentId, formMarkup, onConfirm, this::closeEditor);
        blockWith(commentId).ifPresent(block -> {
            int index = list.indexOf(block);
            block.splitAfter(commentId).ifPresent(rest -> list.addComponentAtIndex(index + 1, rest));
            list.addComponentAtIndex(index + 1, opened);
        });
        editor = opened;
        return opened;
    }

    private void closeEditor() {
        OwnCommentEditor open = editor;
        if (open != null) {
            list.remove(open);
            editor = null;
        }
    }

    private void saveEdit(long commentId, String newText) {
        OwnCommentEditor open = editor;
        if (open == null || open.commentId() != commentId) {
            return;
        }
        open.form().clearFieldErrors();
        open.form().show("comment-own-status", null);
        OwnCommentService.EditOutcome outcome;
        try {
            ownChanges.shown(List.of(commentId));
            outcome = ownComments.edit(commentId, readerToken, newText);
        } catch (InvalidCommentException invalid) {
            invalid.problems().values().stream().findFirst()
                    .ifPresent(key -> open.form().fieldError("body", text.get(key)));
            return;
        } catch (OwnCommentGoneException gone) {
            open.form().show("comment-own-status", text.get("comments.own.too-late"));
            refresh(commentId);
            return;
        }
        refresh(commentId);
        if (outcome == OwnCommentService.EditOutcome.UNCHANGED) {
            closeEditor();
        } else {
            open.done(Markup.text("p", "comment-own-saved", text.get(
                    outcome == OwnCommentService.EditOutcome.BACK_TO_QUEUE ? "comments.own.saved" : "comments.own.saved-waiting"))
                    .attr("role", "status"));
        }
    }

    private void delete(long commentId) {
        OwnCommentEditor open = editor;
        if (open == null || open.commentId() != commentId) {
            return;
        }
        try {
            ownChanges.shown(List.of(commentId));
            ownComments.delete(commentId, readerToken);
        } catch (OwnCommentGoneException gone) {
            open.form().show("comment-own-status", text.get("comments.own.too-late"));
            refresh(commentId);
            return;
        }
        refresh(commentId);
        open.done(OwnCommentMarkup.deleted(text));
    }

    /** Shows the comment as it is now (changed, or gone from the page), and the count. */
    private void refresh(long commentId) {
        apply(CommentsChanged.of(commentId, postId));
    }

    private void stopReplying() {
        replyingTo = null;
        form.notReplying();
        add(form);
    }

    private void send(Map<String, String> values) {
        CommentDraft draft = new CommentDraft(values.getOrDefault("name", ""), values.getOrDefault("email", ""),
                values.getOrDefault("website", ""), values.getOrDefault("body", ""));
        draft.setNotifyWhenPublished(Boolean.parseBoolean(values.get("notifyWhenPublished")));
        draft.setNotifyReplies(Boolean.parseBoolean(values.get("notifyReplies")));
        var liveForm = form.activate();
        liveForm.clearFieldErrors();
        liveForm.show("comment-form-status", null);
        readerToken = ReaderCookie.readOrCreate();
        VaadinRequest request = VaadinRequest.getCurrent();
        long id;
        try {
            id = submissions.submit(postId, replyingTo, draft, new ReaderContext(
                    request == null ? null : request.getRemoteAddr(), readerToken, form.shownAt(),
                    values.getOrDefault("trap", "")));
        } catch (InvalidCommentException invalid) {
            invalid.problems().forEach((field, key) ->
                    liveForm.fieldError(liveForm.control(field).isPresent() ? field : "body", text.get(key)));
            return;
        } catch (CommentRateLimitedException tooFast) {
            long seconds = Math.max(1, tooFast.retryAfter().toSeconds());
            liveForm.fieldError("body", seconds < 120 ? text.get("comment.error.wait-seconds", seconds)
                    : text.get("comment.error.wait-minutes", (seconds + 59) / 60));
            return;
        } catch (CommentRefusedException refused) {
            form.say(text.get("comment.error.refused"));
            return;
        } catch (CommentsClosedException closed) {
            form.say(text.get("comments.closed"));
            return;
        }
        replyingTo = null;
        ownChanges.shown(List.of(id));
        boolean published = showOwn(id);
        form.sent(values, text.get(published ? "comments.thanks-published" : "comments.thanks"));
    }

    /**
     * The comment is stored: a failure to show it must not tell the person otherwise (their text
     * is gone from the form, so "try again" would lose it); the list catches up later.
     */
    /** @return whether a rule published it at once */
    private boolean showOwn(long id) {
        try {
            List<ThreadComment> shown = threads.visibleAmong(postId, List.of(id), readerToken);
            shown.forEach(comment -> put(comment, true));
            if (shown.stream().anyMatch(comment -> !comment.pending())) {
                // the count under the heading includes it now
                heading.setText(text.get("comments.count", threads.approvedCount(postId)));
                return true;
            }
        } catch (RuntimeException failed) {
            if (!DatabaseProblems.isDatabaseProblem(failed)) {
                throw failed;
            }
            log.warn("Comment {} is stored; it could not be shown yet: {}", id, failed.toString());
        }
        return false;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        LivePush.enable(ui);
        unsubscribe = live.subscribe(change -> {
            if (change.postIds().contains(postId)) {
                ui.access(() -> {
                    if (!ownChanges.isOwn(change)) {
                        apply(change);
                    }
                });
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unsubscribe.run();
    }
}
