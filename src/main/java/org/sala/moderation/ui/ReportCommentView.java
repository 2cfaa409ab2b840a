package org.sala.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.sala.base.site.SiteProperties;
import org.sala.comment.ReaderCookie;
import org.sala.moderation.ReportReason;
import org.sala.moderation.service.CommentReportService;
import org.sala.moderation.service.ReportOutcome;
import org.sala.moderation.service.ReportableComment;
import org.sala.moderation.service.Reporter;

/**
 * "Report" under a published comment: why, in a few words if need be, no account needed. The
 * reader learns that the report arrived and nothing about anyone else's.
 */
@Route("comments/:commentId/report")
@AnonymousAllowed
public class ReportCommentView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CommentReportService reports;
    private final SiteProperties site;
    private final RadioButtonGroup<ReportReason> reason = new RadioButtonGroup<>();
    private final TextArea note = new TextArea();

    public ReportCommentView(CommentReportService reports, SiteProperties site) {
        this.reports = reports;
        this.site = site;
        addClassName("report-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("report.heading")));
        event.getRouteParameters().getLong("commentId").flatMap(reports::reportable)
                .ifPresentOrElse(this::showForm, () -> add(message("report.not-reportable"), backHome()));
    }

    private void showForm(ReportableComment comment) {
        Paragraph about = new Paragraph(getTranslation("report.about", comment.authorName(), comment.postTitle()));
        Paragraph excerpt = new Paragraph(comment.excerpt());
        excerpt.addClassName("report-excerpt");

        reason.setLabel(getTranslation("report.reason"));
        reason.setItems(ReportReason.values());
        reason.setItemLabelGenerator(value -> getTranslation("report.reason." + value.name()));
        reason.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        reason.setRequiredIndicatorVisible(true);
        reason.addClassName("report-reason");
        reason.addValueChangeListener(change -> reason.setInvalid(false));

        note.setLabel(getTranslation("report.note"));
        note.setHelperText(getTranslation("report.note.helper", CommentReportService.MAX_NOTE));
        note.setMaxLength(CommentReportService.MAX_NOTE);
        note.addClassName("report-note");

        Button send = new Button(getTranslation("report.send"), click -> send(comment));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClassName("report-send");
        Anchor back = back(comment);
        Div buttons = new Div(send, back);
        buttons.addClassName("report-buttons");
        add(about, excerpt, reason, note, buttons);
    }

    private void send(ReportableComment comment) {
        if (reason.getValue() == null) {
            reason.setErrorMessage(getTranslation("report.error.no-reason"));
            reason.setInvalid(true);
            return;
        }
        note.setInvalid(false);
        VaadinRequest request = VaadinRequest.getCurrent();
        ReportOutcome outcome = reports.report(comment.id(), reason.getValue(), note.getValue(),
                new Reporter(request == null ? null : request.getRemoteAddr(), ReaderCookie.readOrCreate()));
        switch (outcome.kind()) {
            case NOTE_MISSING -> noteError(getTranslation("report.error.note-missing"));
            case NOTE_TOO_LONG -> noteError(getTranslation("report.error.note-too-long", CommentReportService.MAX_NOTE));
            case TOO_FAST -> noteError(getTranslation("report.error.wait",
                    Math.max(1, (outcome.retryAfter().toSeconds() + 59) / 60)));
            case RECEIVED, ALREADY_REPORTED, NOT_REPORTABLE -> {
                removeAll();
                add(new H1(getTranslation("report.heading")),
                        message("report." + outcome.kind().name().toLowerCase().replace('_', '-')), back(comment));
            }
        }
    }

    private void noteError(String message) {
        note.setErrorMessage(message);
        note.setInvalid(true);
    }

    private Paragraph message(String key) {
        Paragraph message = new Paragraph(getTranslation(key));
        message.addClassName("report-message");
        return message;
    }

    private Anchor back(ReportableComment comment) {
        Anchor back = new Anchor(comment.postPath() + "#comment-" + comment.id(),
                getTranslation("report.back", comment.postTitle()));
        back.addClassName("report-back");
        return back;
    }

    private Anchor backHome() {
        Anchor home = new Anchor("/", getTranslation("report.home", site.name()));
        home.addClassName("report-back");
        return home;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.plain", getTranslation("report.heading"), site.name());
    }
}
