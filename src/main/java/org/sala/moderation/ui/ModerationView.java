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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.sala.base.site.SiteProperties;
import org.sala.base.ui.ReaderDates;
import org.sala.comment.CommentStatus;
import org.sala.comment.LiveComments;
import org.sala.comment.OwnCommentChanges;
import org.sala.moderation.domain.CommentQueueFilter;
import org.sala.moderation.service.CommentRef;
import org.sala.moderation.service.DecisionResult;
import org.sala.moderation.service.ModerationService;
import org.sala.moderation.service.QueueItem;
import org.sala.moderation.service.RejectionReasonService;
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

    private static final int EXCERPT_CHARS = 160;

    private final ModerationService moderation;
    private final LiveComments live;
    private final SiteProperties site;

    private final Select<CommentStatus> status = new Select<>();
    private final ComboBox<PostChoice> post = new ComboBox<>();
    private final TextField text = new TextField();
    private final Span count = new Span();
    private @Nullable CommentQueueFilter countedFilter;
    private long counted;
    private final Span selectedCount = new Span();
    private final Grid<QueueItem> grid = new Grid<>();
    private final CommentDetails details;
    private final List<Button> bulkButtons;
    private Runnable unsubscribe = () -> { };
    private final OwnCommentChanges ownChanges = new OwnCommentChanges();

    public ModerationView(ModerationService moderation, PostListService posts, LiveComments live,
            SiteProperties site, RejectionReasonService reasons) {
        this.moderation = moderation;
        this.live = live;
        this.site = site;
        addClassName("moderation-view");
        details = new CommentDetails(moderation, reasons, site.timeZone(), this::afterDecision);

        status.setLabel(getTranslation("moderation.filter.status"));
        status.setItems(CommentStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("comment.status." + value.name()));
        status.setValue(CommentStatus.PENDING);
        status.addValueChangeListener(change -> refresh());

        post.setLabel(getTranslation("moderation.filter.post"));
        post.setClearButtonVisible(true);
        post.setItemLabelGenerator(PostChoice::title);
        post.setItems(query -> posts.titled(query.getFilter().orElse(""), query.getPage(), query.getPageSize())
                .stream());
        post.addValueChangeListener(change -> refresh());

        text.setLabel(getTranslation("moderation.filter.text"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(CommentQueueFilter.MAX_TEXT);
        text.addValueChangeListener(change -> refresh());

        count.addClassName("moderation-count");
        Div filters = new Div(status, post, text, count);
        filters.addClassName("moderation-filters");

        Button approve = bulk("moderation.approve-selected", moderation::approve, ButtonVariant.PRIMARY);
        Button reject = bulk("moderation.reject-selected", moderation::reject, ButtonVariant.ERROR);
        Button spam = bulk("moderation.spam-selected", moderation::markSpam, ButtonVariant.ERROR);
        bulkButtons = List.of(approve, reject, spam);
        Div bulkBar = new Div(selectedCount, approve, reject, spam);
        bulkBar.addClassName("moderation-bulk");

        configureGrid();
        Div work = new Div(grid, details);
        work.addClassName("moderation-work");
        add(new H1(getTranslation("moderation.title")), filters, bulkBar, work);
        updateSelection();
        updateCount();
    }

    private void configureGrid() {
        grid.addClassName("moderation-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(item -> ReaderDates.dateTime(item.createdAt(), site.timeZone(), getLocale()))
                .setHeader(getTranslation("moderation.column.received")).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(item -> item.postTitle() == null ? getTranslation("moderation.unpublished-post") : item.postTitle())
                .setHeader(getTranslation("moderation.column.post")).setWidth("8rem").setFlexGrow(2);
        // Lit escapes every ${...} binding: names and emails are shown as text, never as markup.
        grid.addColumn(LitRenderer.<QueueItem>of(
                        "<div class='queue-name'>${item.name}</div><div class='queue-contact'>${item.email} · ${item.ip}</div>")
                .withProperty("name", QueueItem::authorName)
                .withProperty("email", QueueItem::authorEmail)
                .withProperty("ip", item -> item.authorIp() == null ? "" : item.authorIp()))
                .setHeader(getTranslation("moderation.column.commenter")).setWidth("8rem").setFlexGrow(2);
        grid.addColumn(item -> excerpt(item.bodyRaw()))
                .setHeader(getTranslation("moderation.column.comment")).setWidth("12rem").setFlexGrow(5);
        grid.addColumn(item -> item.rule() == null ? "" : getTranslation("moderation.rule." + item.rule().name()))
                .setHeader(getTranslation("moderation.column.rule")).setWidth("8rem").setFlexGrow(1);
        grid.addColumn(item -> item.sanitizerReport() == null ? "" : getTranslation("moderation.removed-short"))
                .setHeader(getTranslation("moderation.column.sanitiser")).setWidth("7rem").setFlexGrow(0);
        grid.setItems(new CallbackDataProvider<QueueItem, Void>(
                query -> moderation.queue(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> Math.toIntExact(Math.min(Integer.MAX_VALUE, count(filter()))),
                QueueItem::id));
        grid.addSelectionListener(selection -> updateSelection());
        grid.addItemClickListener(click -> details.show(click.getItem()));
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

    private CommentQueueFilter filter() {
        return new CommentQueueFilter(status.getValue(), post.getValue() == null ? null : post.getValue().id(),
                text.getValue());
    }

    /** Says what a decision did, including what it could not do, and shows the queue as it is now. */
    private void afterDecision(DecisionResult result) {
        if (!result.applied().isEmpty()) {
            Notification.show(getTranslation("moderation.done", result.applied().size()), 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
        }
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
        details.reopen();
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
        count.setText(getTranslation("moderation.count", count(filter()),
                getTranslation("comment.status." + status.getValue().name())));
    }

    private void updateSelection() {
        int selected = grid.getSelectedItems().size();
        selectedCount.setText(getTranslation("moderation.selected", selected));
        bulkButtons.forEach(button -> button.setEnabled(selected > 0));
    }

    private static String excerpt(String raw) {
        String flat = raw.replaceAll("\\s+", " ").strip();
        return flat.length() <= EXCERPT_CHARS ? flat : flat.substring(0, EXCERPT_CHARS) + "…";
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
