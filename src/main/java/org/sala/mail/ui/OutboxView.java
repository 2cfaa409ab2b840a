package org.sala.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.sala.base.site.SiteProperties;
import org.sala.base.ui.ReaderDates;
import org.sala.mail.domain.MailStatus;
import org.sala.mail.service.MailDelivery;
import org.sala.mail.service.OutboxAdminService;
import org.sala.mail.service.OutboxEntry;
import org.sala.staff.StaffLayout;

/** Every mail Sala sent or is about to send, newest first; one of them in full. */
@Route(value = "staff/outbox", layout = StaffLayout.class)
@Menu(title = "staff.outbox.title", order = 6)
@RolesAllowed("ADMIN")
public class OutboxView extends Div implements HasDynamicTitle {

    private final OutboxAdminService outbox;
    private final SiteProperties site;
    private final Select<Optional<MailStatus>> status = new Select<>();
    private final Span count = new Span();
    private final Grid<OutboxEntry> grid = new Grid<>();
    private final Div details = new Div();

    public OutboxView(OutboxAdminService outbox, SiteProperties site, MailDelivery delivery) {
        this.outbox = outbox;
        this.site = site;
        addClassName("outbox-view");

        status.setLabel(getTranslation("staff.outbox.filter.status"));
        status.setItems(Stream.concat(Stream.of(Optional.<MailStatus>empty()),
                Arrays.stream(MailStatus.values()).map(Optional::of)).toList());
        status.setItemLabelGenerator(choice -> choice.map(s -> getTranslation("staff.outbox.status." + s))
                .orElse(getTranslation("staff.outbox.status.any")));
        status.setValue(Optional.empty());
        status.addValueChangeListener(change -> refresh());
        count.addClassName("outbox-count");
        Div filters = new Div(status, count);
        filters.addClassName("moderation-filters");

        grid.addClassName("outbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(mail -> when(mail.createdAt())).setHeader(getTranslation("staff.outbox.column.queued"))
                .setWidth("11rem").setFlexGrow(0);
        grid.addColumn(OutboxEntry::to).setHeader(getTranslation("staff.outbox.column.to")).setFlexGrow(2);
        grid.addColumn(OutboxEntry::subject).setHeader(getTranslation("staff.outbox.column.subject")).setFlexGrow(3);
        grid.addColumn(mail -> getTranslation("staff.outbox.status." + mail.status()))
                .setHeader(getTranslation("staff.outbox.column.status")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(OutboxEntry::attempts).setHeader(getTranslation("staff.outbox.column.attempts"))
                .setWidth("6rem").setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("staff.outbox.empty"));
        grid.setItems(new CallbackDataProvider<OutboxEntry, Void>(
                query -> outbox.list(selectedStatus(), query.getOffset(), query.getLimit()).stream(),
                query -> Math.toIntExact(Math.min(Integer.MAX_VALUE, outbox.count(selectedStatus()))),
                OutboxEntry::id));
        grid.asSingleSelect().addValueChangeListener(change -> show(change.getValue()));

        details.addClassName("outbox-details");
        Div work = new Div(grid, details);
        work.addClassName("outbox-work");
        add(new H1(getTranslation("staff.outbox.title")));
        notice(delivery.status()).ifPresent(this::add);
        add(filters, work);
        show(null);
        updateCount();
    }

    /** Says so at the top when mail is not going out: it waits here until someone acts. */
    private Optional<Paragraph> notice(MailDelivery.Status delivery) {
        String text = switch (delivery.state()) {
            case SENDING -> null;
            case NO_MAIL_SERVER -> getTranslation("staff.outbox.no-mail-server");
            case SERVER_FAILING -> getTranslation("staff.outbox.server-failing", delivery.server(), delivery.lastError());
        };
        if (text == null) {
            return Optional.empty();
        }
        Paragraph notice = new Paragraph(text);
        notice.addClassName("outbox-notice");
        notice.getElement().setAttribute("role", "status");
        return Optional.of(notice);
    }

    private @Nullable MailStatus selectedStatus() {
        return status.getValue() == null ? null : status.getValue().orElse(null);
    }

    private void refresh() {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        updateCount();
    }

    private void updateCount() {
        count.setText(getTranslation("staff.outbox.count", outbox.count(selectedStatus())));
    }

    private void show(@Nullable OutboxEntry selected) {
        details.removeAll();
        if (selected == null) {
            details.add(new Paragraph(getTranslation("staff.outbox.pick")));
            return;
        }
        OutboxEntry mail = outbox.read(selected.id()).orElse(selected);
        Pre headers = new Pre("To: " + mail.to() + "\nSubject: " + mail.subject()
                + (mail.headers().isEmpty() ? "" : "\n" + mail.headers()));
        headers.addClassName("outbox-headers");
        Pre body = new Pre(mail.body());
        body.addClassName("outbox-body");
        Paragraph state = new Paragraph(switch (mail.status()) {
            case SENT -> getTranslation("staff.outbox.sent-at", when(mail.sentAt()));
            case FAILED -> getTranslation("staff.outbox.failed", String.valueOf(mail.lastError()));
            case PENDING, SENDING -> mail.lastError() == null ? getTranslation("staff.outbox.waiting")
                    : getTranslation("staff.outbox.retrying", when(mail.nextAttemptAt()), mail.lastError());
        });
        state.addClassName("outbox-state");
        details.add(new H2(mail.subject()), state, headers, body);
        if (mail.status() == MailStatus.FAILED) {
            details.add(new Button(getTranslation("staff.outbox.retry"), click -> {
                outbox.retry(mail.id());
                refresh();
            }));
        }
    }

    private String when(@Nullable Instant instant) {
        return instant == null ? "" : ReaderDates.dateTime(instant, site.timeZone(), getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.plain", getTranslation("staff.outbox.title"), site.name());
    }
}
