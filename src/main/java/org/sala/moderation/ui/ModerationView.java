package org.sala.moderation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sala.base.site.SiteProperties;
import org.sala.base.ui.ReaderDates;
import org.sala.comment.CommentRule;
import org.sala.comment.CommentStatus;
import org.sala.comment.LiveComments;
import org.sala.comment.OwnCommentChanges;
import org.sala.comment.PostArrival;
import org.sala.moderation.DecisionUndo;
import org.sala.moderation.domain.CommentQueueFilter;
import org.sala.moderation.service.CommentExcerpt;
import org.sala.moderation.service.CommentRef;
import org.sala.moderation.service.CommenterNoteService;
import org.sala.moderation.service.DecisionResult;
import org.sala.moderation.service.ModerationService;
import org.sala.moderation.service.PostCommentModeService;
import org.sala.moderation.service.QueueItem;
import org.sala.moderation.service.RejectionReasonService;
import org.sala.moderation.service.UndoTicket;
import org.sala.moderation.service.UndoTooLateException;
import org.sala.post.PostChoice;
import org.sala.post.PostListService;
import org.sala.staff.StaffLayout;

/**
 * The moderation queue: comments by status (pending first, oldest first), filtered by post and
 * text, decided one by one or in bulk, updated live when comments arrive or others decide.
 */
@Route(value = "staff/moderation", layout = StaffLayout.class)
@Menu(title = "moderation.title", order = 3)
@RolesAllowed({"MODERATOR", "ADMIN"})
public class ModerationView extends Div implements HasDynamicTitle {

    /** More than three lines of the queue's text column hold: the browser cuts it with an ellipsis. */
    private static final int EXCERPT_CHARS = 400;

    private final ModerationService moderation;
    private final LiveComments live;
    private final SiteProperties site;

    private final Tab queueTab = new Tab();
    private final Tab reportedTab = new Tab();
    private final Tab reviewTab = new Tab();
    private final Tabs tabs = new Tabs(queueTab, reportedTab, reviewTab);
    private final Select<CommentStatus> status = new Select<>();
    private final ComboBox<PostChoice> post = new ComboBox<>();
    private final TextField text = new TextField();
    private final Span count = new Span();
    /** The chosen post's way with comments, beside the filter that chose it. */
    private final Div postMode = new Div();
    private final PostCommentModeService postModes;
    private @Nullable CommentQueueFilter countedFilter;
    private long counted;
    private final Span selectedCount = new Span();
    private final Grid<QueueItem> grid = new Grid<>();
    private final CommentDetails details;
    private final List<Button> bulkButtons;
    private Runnable unsubscribe = () -> { };
    private final OwnCommentChanges ownChanges = new OwnCommentChanges();
    private final QueueCursor cursor;
    private final RejectionReasonService reasons;
    private final Clock clock;
    /** The last decision made here, while its notification offers to undo it. */
    private UndoTicket undoable = UndoTicket.NONE;
    private @Nullable Notification undoOffer;
    private final QueueKeys queue;

    public ModerationView(ModerationService moderation, PostListService posts, LiveComments live,
            SiteProperties site, RejectionReasonService reasons, PostCommentModeService postModes,
            CommenterNoteService notes, Clock clock) {
        this.postModes = postModes;
        this.clock = clock;
        this.moderation = moderation;
        this.live = live;
        this.site = site;
        this.reasons = reasons;
        cursor = new QueueCursor(index -> moderation.queue(filter(), index, 1).stream().findFirst());
        addClassName("moderation-view");
        details = new CommentDetails(moderation, reasons, notes, site.timeZone(), this::afterDecision, this::refresh);

        status.setLabel(getTranslation("moderation.filter.status"));
        status.setItems(CommentStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("comment.status." + value.name()));
        status.setValue(CommentStatus.PENDING);
        status.addValueChangeListener(change -> restart());

        post.addClassName("moderation-post-filter");
        post.setLabel(getTranslation("moderation.filter.post"));
        post.setClearButtonVisible(true);
        post.setItemLabelGenerator(PostChoice::title);
        post.setItems(query -> posts.titled(query.getFilter().orElse(""), query.getPage(), query.getPageSize())
                .stream());
        post.addValueChangeListener(change -> {
            showPostMode();
            restart();
        });

        text.setLabel(getTranslation("moderation.filter.text"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(CommentQueueFilter.MAX_TEXT);
        text.addValueChangeListener(change -> restart());

        queueTab.setLabel(getTranslation("moderation.tab.queue"));
        queueTab.addClassName("moderation-tab-queue");
        reportedTab.setLabel(getTranslation("moderation.tab.reported"));
        reportedTab.addClassName("moderation-tab-reported");
        reviewTab.setLabel(getTranslation("moderation.tab.review"));
        reviewTab.addClassName("moderation-tab-review");
        tabs.addClassName("moderation-tabs");
        tabs.addSelectedChangeListener(change -> {
            // readers' reports concern comments of any status; those to review are published
            status.setEnabled(tabs.getSelectedTab() == queueTab);
            restart();
        });
        count.addClassName("moderation-count");
        postMode.addClassName("moderation-post-mode");
        Div filters = new Div(status, post, text, postMode, count);
        filters.addClassName("moderation-filters");

        Button approve = bulk("moderation.approve-selected", moderation::approve, ButtonVariant.PRIMARY);
        Button reject = bulk("moderation.reject-selected", moderation::reject, ButtonVariant.ERROR);
        Button spam = bulk("moderation.spam-selected", moderation::markSpam, ButtonVariant.ERROR);
        bulkButtons = List.of(approve, reject, spam);
        Span keysHint = new Span(getTranslation("moderation.keys.hint"));
        keysHint.addClassName("moderation-keys-hint");
        Div bulkBar = new Div(selectedCount, approve, reject, spam, keysHint);
        bulkBar.addClassName("moderation-bulk");

        configureGrid();
        queue = new QueueKeys(grid, new KeyActions());
        Div work = new Div(queue, details);
        work.addClassName("moderation-work");
        add(new H1(getTranslation("moderation.title")), tabs, filters, bulkBar, work);
        updateSelection();
        updateCount();
    }

    private void configureGrid() {
        grid.addClassName("moderation-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        // Lit escapes every ${...} binding: names, titles and texts are shown as text, never as markup.
        grid.addColumn(LitRenderer.<QueueItem>of("""
                        <div class="queue-meta" title="${item.email}">
                          <div class="queue-name">${item.name}</div>
                          <div class="queue-when"><span title="${item.received}">${item.age}</span> · ${item.post}</div>
                          <div class="queue-why">${item.why}</div>
                          <div class="queue-note" ?hidden="${!item.note}">✎ ${item.note}</div>
                        </div>""")
                .withProperty("name", QueueItem::authorName)
                .withProperty("email", item -> item.authorEmail() + (item.authorIp() == null ? "" : " · " + item.authorIp()))
                .withProperty("age", item -> QueueAge.of(item.createdAt(), clock.instant(), this))
                .withProperty("received", item -> ReaderDates.dateTime(item.createdAt(), site.timeZone(), getLocale()))
                .withProperty("post", item -> item.postTitle() == null
                        ? getTranslation("moderation.unpublished-post") : item.postTitle())
                .withProperty("why", this::why)
                .withProperty("note", item -> item.commenterNote() == null ? "" : item.commenterNote().text()))
                .setHeader(getTranslation("moderation.column.commenter")).setWidth("11rem").setFlexGrow(0);
        grid.addColumn(LitRenderer.<QueueItem>of("<div class=\"queue-text\">${item.text}</div>")
                        .withProperty("text", item -> CommentExcerpt.of(item.bodyRaw(), EXCERPT_CHARS)))
                .setHeader(getTranslation("moderation.column.comment")).setFlexGrow(1);
        grid.setItems(new CallbackDataProvider<QueueItem, Void>(
                query -> {
                    List<QueueItem> page = moderation.queue(filter(), query.getOffset(), query.getLimit());
                    cursor.offer(query.getOffset(), page);
                    return page.stream();
                },
                query -> Math.toIntExact(Math.min(Integer.MAX_VALUE, count(filter()))),
                QueueItem::id));
        grid.setPartNameGenerator(item -> cursor.isCurrent(item) ? "queue-current" : null);
        grid.addSelectionListener(selection -> updateSelection());
        grid.addItemClickListener(click -> {
            QueueItem before = cursor.current();
            if (cursor.pointAt(click.getItem())) {
                repaint(before, click.getItem());
            }
            details.show(click.getItem());
        });
        grid.setEmptyStateText(getTranslation("moderation.empty"));
    }

    private Button bulk(String key, Function<List<CommentRef>, DecisionResult> decision, ButtonVariant variant) {
        Button button = new Button(getTranslation(key), click -> {
            List<CommentRef> refs = grid.getSelectedItems().stream().map(QueueItem::ref).toList();
            afterDecision(decision.apply(refs));
        });
        button.addThemeVariants(variant);
        button.addClassName(key.replace('.', '-'));
        return button;
    }

    private void showPostMode() {
        postMode.removeAll();
        PostChoice chosen = post.getValue();
        if (chosen != null) {
            postMode.add(new PostCommentModeSelect(postModes, chosen.id(), true));
        }
    }

    private CommentQueueFilter.QueueList list() {
        Tab selected = tabs.getSelectedTab();
        return selected == reportedTab ? CommentQueueFilter.QueueList.REPORTED
                : selected == reviewTab ? CommentQueueFilter.QueueList.TO_REVIEW : CommentQueueFilter.QueueList.BY_STATUS;
    }

    private CommentQueueFilter filter() {
        return new CommentQueueFilter(status.getValue(), post.getValue() == null ? null : post.getValue().id(),
                text.getValue(), list());
    }

    private void afterDecision(DecisionResult result) {
        decided(result);
        details.reopen();
    }

    /** The keys' decision on the current comment; then the next comment is the current one. */
    private void decideCurrent(Function<List<CommentRef>, DecisionResult> decision) {
        QueueItem item = cursor.current();
        if (item == null) {
            return;
        }
        decided(decision.apply(List.of(item.ref())));
        cursor.afterDecision(item.id()).ifPresentOrElse(this::showCurrent, details::reopen);
    }

    /** Takes back the decision the notification still offers to undo; the comment it names is current again. */
    private void undoLast() {
        UndoTicket ticket = undoable;
        if (ticket.isEmpty()) {
            return;
        }
        closeUndoOffer();
        DecisionResult result;
        try {
            result = moderation.undo(ticket);
        } catch (UndoTooLateException tooLate) {
            Notification.show(getTranslation("moderation.undo-too-late"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.WARNING);
            return;
        }
        if (!result.applied().isEmpty()) {
            Notification notice = Notification.show(getTranslation("moderation.undone", result.applied().size()), 3000,
                    Notification.Position.BOTTOM_START);
            notice.addClassName("moderation-undone");
        }
        showOutcome(result);
        long first = ticket.steps().getFirst().commentId();
        if (result.applied().contains(first)) {
            cursor.follow(first);
            moderation.item(first).ifPresent(details::show);
        } else {
            details.reopen();
        }
        queue.focus();
    }

    /** A notification for the decision with an Undo button, for {@link DecisionUndo#OFFERED}. */
    private void offerUndo(DecisionResult result) {
        closeUndoOffer();
        UndoTicket ticket = result.undo();
        undoable = ticket;
        Notification offer = new Notification();
        offer.addClassName("moderation-undo-offer");
        offer.setPosition(Notification.Position.BOTTOM_START);
        offer.setDuration(Math.toIntExact(DecisionUndo.OFFERED.toMillis()));
        offer.addThemeVariants(NotificationVariant.SUCCESS);
        Button undo = new Button(getTranslation("moderation.undo"), click -> undoLast());
        undo.addClassName("moderation-undo");
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        offer.add(new Span(getTranslation("moderation.done", result.applied().size()) + " "), undo);
        offer.addOpenedChangeListener(change -> {
            if (!change.isOpened() && undoable == ticket) {
                undoable = UndoTicket.NONE;
            }
        });
        undoOffer = offer;
        offer.open();
    }

    private void closeUndoOffer() {
        Notification offer = undoOffer;
        undoOffer = null;
        undoable = UndoTicket.NONE;
        if (offer != null) {
            offer.close();
        }
    }

    private void rejectCurrent() {
        QueueItem item = cursor.current();
        if (item == null) {
            return;
        }
        RejectDialog dialog = new RejectDialog(item, reasons.list(), reasonId -> decideCurrent(refs -> reasonId == null
                ? moderation.reject(refs) : moderation.rejectWithReason(refs.getFirst(), reasonId)));
        dialog.addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                queue.focus();
            }
        });
        dialog.open();
    }

    /** The keys, on the current comment. */
    private final class KeyActions implements QueueKeys.Actions {

        @Override
        public void move(int step) {
            moveCursor(step);
        }

        @Override
        public void approve() {
            decideCurrent(moderation::approve);
        }

        @Override
        public void reject() {
            rejectCurrent();
        }

        @Override
        public void spam() {
            decideCurrent(moderation::markSpam);
        }

        @Override
        public void edit() {
            QueueItem item = cursor.current();
            if (item != null) {
                showCurrent(item);
                details.startEditing();
            }
        }

        @Override
        public void toggleSelection() {
            toggleCurrent();
        }

        @Override
        public void open() {
            openCurrent();
        }

        @Override
        public void undo() {
            undoLast();
        }
    }

    private void moveCursor(int step) {
        QueueItem before = cursor.current();
        cursor.move(step).ifPresent(now -> {
            repaint(before, now);
            showCurrent(now);
        });
    }

    /** The current row's mark moves from one row to the other. */
    private void repaint(@Nullable QueueItem before, QueueItem now) {
        if (before != null) {
            grid.getDataProvider().refreshItem(before);
        }
        grid.getDataProvider().refreshItem(now);
    }

    private void showCurrent(QueueItem item) {
        grid.scrollToIndex(cursor.index());
        details.show(item);
    }

    private void openCurrent() {
        QueueItem item = cursor.current();
        if (item != null) {
            showCurrent(item);
        }
    }

    private void toggleCurrent() {
        QueueItem item = cursor.current();
        if (item != null) {
            if (grid.getSelectedItems().contains(item)) {
                grid.deselect(item);
            } else {
                grid.select(item);
            }
        }
    }

    /** Says what a decision did, offering to undo it when it can be; then shows the outcome. */
    private void decided(DecisionResult result) {
        if (!result.undo().isEmpty()) {
            offerUndo(result);
        } else if (!result.applied().isEmpty()) {
            Notification.show(getTranslation("moderation.done", result.applied().size()), 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
        }
        showOutcome(result);
    }

    /** Says what a decision could not do, and shows the queue as it is now. */
    private void showOutcome(DecisionResult result) {
        result.conflicts().forEach(conflict -> {
            String message = conflict.currentStatus() == null
                    ? getTranslation("moderation.conflict.gone")
                    : getTranslation("moderation.conflict", conflict.authorName(),
                            getTranslation("comment.status." + conflict.currentStatus().name()),
                            conflict.decidedBy() == null ? getTranslation("moderation.someone") : conflict.decidedBy());
            Notification notice = Notification.show(message, 8000, Notification.Position.MIDDLE);
            notice.addThemeVariants(NotificationVariant.WARNING);
            notice.addClassName("moderation-conflict");
        });
        ownChanges.shown(result.applied());
        grid.deselectAll();
        refresh();
    }

    /** The queue filtered anew: the keys start again at its first comment. */
    private void restart() {
        cursor.reset();
        refresh();
    }

    private void refresh() {
        countedFilter = null;
        grid.getDataProvider().refreshAll();
        updateCount();
    }

    /** The number of comments the filter finds, counted once per refresh for the grid and the label. */
    private long count(CommentQueueFilter filter) {
        if (!filter.equals(countedFilter)) {
            counted = moderation.count(filter);
            countedFilter = filter;
        }
        return counted;
    }

    private void updateCount() {
        CommentQueueFilter filter = filter();
        count.setText(switch (filter.list()) {
            case REPORTED -> getTranslation("moderation.count-reported", count(filter));
            case TO_REVIEW -> getTranslation("moderation.count-review", count(filter));
            case BY_STATUS -> getTranslation("moderation.count", count(filter),
                    getTranslation("comment.status." + status.getValue().name()));
        });
    }

    private void updateSelection() {
        int selected = grid.getSelectedItems().size();
        selectedCount.setText(getTranslation("moderation.selected", selected));
        bulkButtons.forEach(button -> button.setEnabled(selected > 0));
    }

    /** Why the comment is where it is: its rule, and whether the sanitiser removed something. */
    private String why(QueueItem item) {
        String rule = item.rule() == null ? "" : getTranslation("moderation.rule." + item.rule().name());
        if (PostArrival.POST_SETTING.equals(item.ruleNote())) {
            rule = getTranslation("moderation.rule.by-post", rule);
        }
        if (!item.reports().isEmpty()) {
            String reported = getTranslation("moderation.reported-short", item.reports().size(), item.reports().stream()
                    .map(report -> getTranslation("report.reason." + report.reason().name())).distinct()
                    .collect(Collectors.joining(", ")));
            rule = rule.isEmpty() || item.rule() == CommentRule.REPORTED ? reported : reported + " · " + rule;
        }
        if (item.spamScore() != null) {
            String score = getTranslation("moderation.spam-short", Math.round(item.spamScore() * 100));
            rule = rule.isEmpty() ? score : rule + " · " + score;
        }
        if (item.sanitizerReport() == null) {
            return rule;
        }
        String removed = getTranslation("moderation.removed-short");
        return rule.isEmpty() ? removed : rule + " · " + removed;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        unsubscribe = live.subscribe(change -> ui.access(() -> {
            if (!ownChanges.isOwn(change)) {
                refresh();
                details.changed(change.commentIds());
            }
        }));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unsubscribe.run();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.plain", getTranslation("moderation.title"), site.name());
    }
}
