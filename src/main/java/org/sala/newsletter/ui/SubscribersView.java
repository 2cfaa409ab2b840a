package org.sala.newsletter.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.sala.base.site.SiteProperties;
import org.sala.base.ui.ReaderDates;
import org.sala.newsletter.service.IssueProgress;
import org.sala.newsletter.service.SubscriberAdminService;
import org.sala.newsletter.service.SubscriberEntry;
import org.sala.staff.StaffLayout;

/** The mailing list for admins: subscribers (search, remove, CSV) and newsletters going out. */
@Route(value = "staff/subscribers", layout = StaffLayout.class)
@Menu(title = "staff.subscribers.title", order = 5)
@RolesAllowed("ADMIN")
public class SubscribersView extends Div implements HasDynamicTitle {

    private static final int POLL_MILLIS = 3000;
    private static final int ISSUES_SHOWN = 10;

    private final SubscriberAdminService admin;
    private final SiteProperties site;
    private final TextField search = new TextField();
    private final Span count = new Span();
    private final Grid<SubscriberEntry> grid = new Grid<>();
    private final Grid<IssueProgress> issues = new Grid<>();
    private @Nullable Registration polling;

    public SubscribersView(SubscriberAdminService admin, SiteProperties site) {
        this.admin = admin;
        this.site = site;
        addClassName("subscribers-view");

        search.setLabel(getTranslation("staff.subscribers.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(254);
        search.addClassName("subscriber-search");
        search.addValueChangeListener(change -> refresh());
        count.addClassName("subscriber-count");
        Anchor export = new Anchor(csv(), getTranslation("staff.subscribers.export"));
        export.addClassName("subscriber-export");
        Div filters = new Div(search, count, export);
        filters.addClassName("moderation-filters");

        grid.addClassName("subscriber-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(SubscriberEntry::email).setHeader(getTranslation("staff.subscribers.column.email")).setFlexGrow(3);
        grid.addColumn(entry -> entry.name() == null ? "" : entry.name())
                .setHeader(getTranslation("staff.subscribers.column.name")).setFlexGrow(2);
        grid.addColumn(entry -> getTranslation("staff.subscribers.status." + entry.status()))
                .setHeader(getTranslation("staff.subscribers.column.status")).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(entry -> when(entry.subscribedAt()))
                .setHeader(getTranslation("staff.subscribers.column.subscribed")).setWidth("11rem").setFlexGrow(0);
        grid.addColumn(entry -> when(entry.confirmedAt()))
                .setHeader(getTranslation("staff.subscribers.column.confirmed")).setWidth("11rem").setFlexGrow(0);
        grid.addColumn(entry -> when(entry.unsubscribedAt()))
                .setHeader(getTranslation("staff.subscribers.column.unsubscribed")).setWidth("11rem").setFlexGrow(0);
        grid.addComponentColumn(this::removeButton).setWidth("7rem").setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("staff.subscribers.empty"));
        grid.setItems(new CallbackDataProvider<SubscriberEntry, Void>(
                query -> admin.search(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> Math.toIntExact(Math.min(Integer.MAX_VALUE, admin.count(search.getValue()))),
                SubscriberEntry::id));

        issues.addClassName("issue-grid");
        issues.addThemeVariants(GridVariant.LUMO_COMPACT);
        issues.setAllRowsVisible(true);
        issues.addColumn(IssueProgress::title).setHeader(getTranslation("staff.subscribers.issue.title")).setFlexGrow(3);
        issues.addColumn(issue -> when(issue.startedAt()))
                .setHeader(getTranslation("staff.subscribers.issue.started")).setWidth("11rem").setFlexGrow(0);
        issues.addColumn(issue -> getTranslation("staff.subscribers.issue.progress", issue.sent(), issue.subscribers(),
                issue.waiting(), issue.failed())).setHeader(getTranslation("staff.subscribers.issue.sent")).setFlexGrow(3);
        issues.addColumn(issue -> getTranslation(issue.allQueued() && issue.waiting() == 0
                        ? "staff.subscribers.issue.done" : "staff.subscribers.issue.going"))
                .setHeader(getTranslation("staff.subscribers.issue.state")).setWidth("9rem").setFlexGrow(0);
        issues.setEmptyStateText(getTranslation("staff.subscribers.issue.none"));

        add(new H1(getTranslation("staff.subscribers.title")), filters, grid,
                new H2(getTranslation("staff.subscribers.issues")), issues);
        refresh();
    }

    private DownloadHandler csv() {
        return event -> {
            event.setFileName("subscribers.csv");
            event.setContentType("text/csv;charset=UTF-8");
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                admin.exportCsv(out);
            }
        };
    }

    private Button removeButton(SubscriberEntry entry) {
        Button remove = new Button(getTranslation("staff.subscribers.remove"), click -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(getTranslation("staff.subscribers.remove.header", entry.email()));
            confirm.setText(getTranslation("staff.subscribers.remove.text"));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("staff.subscribers.remove.cancel"));
            confirm.setConfirmText(getTranslation("staff.subscribers.remove.confirm"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.addConfirmListener(confirmed -> {
                admin.remove(entry.id());
                refresh();
            });
            confirm.open();
        });
        remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        remove.addClassName("subscriber-remove");
        return remove;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("staff.subscribers.count", admin.count(search.getValue())));
        issues.setItems(admin.recentIssues(ISSUES_SHOWN));
    }

    /** Newsletters going out move on by themselves: the progress is read again every few seconds. */
    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().setPollInterval(POLL_MILLIS);
        polling = attach.getUI().addPollListener(poll -> issues.setItems(admin.recentIssues(ISSUES_SHOWN)));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    private String when(@Nullable Instant instant) {
        return instant == null ? "" : ReaderDates.dateTime(instant, site.timeZone(), getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.plain", getTranslation("staff.subscribers.title"), site.name());
    }
}
