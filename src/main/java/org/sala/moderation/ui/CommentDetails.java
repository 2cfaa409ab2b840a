package org.sala.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.sala.base.ui.ReaderDates;
import org.sala.base.ui.component.SafeHtml;
import org.sala.comment.CommentDraft;
import org.sala.comment.CommentHtmlPolicy;
import org.sala.comment.CommentRule;
import org.sala.comment.CommentStatus;
import org.sala.comment.InvalidCommentException;
import org.sala.comment.PostArrival;
import org.sala.moderation.service.CommentRef;
import org.sala.moderation.service.DecisionEntry;
import org.sala.moderation.service.DecisionResult;
import org.sala.moderation.service.ModerationService;
import org.sala.moderation.service.QueueItem;
import org.sala.moderation.service.CommenterNoteService;
import org.sala.moderation.service.RejectionReasonService;

/**
 * One comment in full for the moderator: who sent it and from where, what they typed (as text),
 * what readers will see, what the sanitiser removed, its history, and the decisions.
 */
class CommentDetails extends Aside {

    private final ModerationService moderation;
    private final RejectionReasonService reasons;
    private final CommenterNoteService notes;
    private final Runnable notesChanged;
    private final ZoneId zone;
    private final Consumer<DecisionResult> afterDecision;
    private final Paragraph changedNotice = new Paragraph();
    private @Nullable QueueItem shown;
    private @Nullable TextArea editText;

    CommentDetails(ModerationService moderation, RejectionReasonService reasons, CommenterNoteService notes, ZoneId zone,
            Consumer<DecisionResult> afterDecision, Runnable notesChanged) {
        this.moderation = moderation;
        this.notes = notes;
        this.notesChanged = notesChanged;
        this.reasons = reasons;
        this.zone = zone;
        this.afterDecision = afterDecision;
        addClassName("comment-details");
        changedNotice.addClassName("comment-details-changed");
        showNothing();
    }

    private void showNothing() {
        shown = null;
        editText = null;
        removeAll();
        Paragraph hint = new Paragraph(getTranslation("moderation.details.pick"));
        hint.addClassName("comment-details-hint");
        add(hint);
    }

    void show(QueueItem item) {
        shown = item;
        removeAll();
        changedNotice.setVisible(false);
        add(new H2(getTranslation("moderation.details.heading", item.authorName())), changedNotice);
        add(facts(item));
        if (!item.byStaff()) {
            add(new CommenterNoteEditor(notes, item, zone, notesChanged));
        }
        add(new H3(getTranslation("moderation.details.raw")));
        Pre raw = new Pre(item.bodyRaw());
        raw.addClassName("comment-raw");
        add(raw);
        add(new H3(getTranslation("moderation.details.clean")));
        add(new SafeHtml(CommentHtmlPolicy.POLICY, item.bodyHtml(), "comment-body comment-clean"));
        Paragraph removed = new Paragraph(item.sanitizerReport() == null
                ? getTranslation("moderation.details.nothing-removed")
                : getTranslation("moderation.details.removed", item.sanitizerReport()));
        removed.addClassName("comment-sanitizer-report");
        add(removed);
        add(decisionButtons(item));
        if (!item.byStaff()) {
            add(new SenderBlock(moderation, item, afterDecision, () -> show(item)));
        }
        add(editor(item), replier(item), history(item.id()));
    }

    /** The cursor goes to the text of the comment on show, to edit it. */
    void startEditing() {
        if (editText != null) {
            editText.focus();
        }
    }

    /** Shows the comment again as it is now, or nothing if there is none. */
    void reopen() {
        if (shown != null) {
            moderation.item(shown.id()).ifPresentOrElse(this::show, this::showNothing);
        }
    }

    /** Says so when the comment on show was changed by someone, without losing what is typed here. */
    void changed(Set<Long> commentIds) {
        QueueItem current = shown;
        if (current != null && commentIds.contains(current.id())) {
            moderation.item(current.id())
                    .filter(now -> now.version() != current.version())
                    .ifPresent(now -> {
                        changedNotice.setText(getTranslation("moderation.details.changed",
                                getTranslation("comment.status." + now.status().name())));
                        changedNotice.setVisible(true);
                    });
        }
    }

    private Div facts(QueueItem item) {
        UnorderedList facts = new UnorderedList(
                new ListItem(getTranslation("moderation.details.status",
                        getTranslation("comment.status." + item.status().name()))),
                new ListItem(getTranslation("moderation.details.received",
                        ReaderDates.dateTime(item.createdAt(), zone, getLocale()))),
                new ListItem(getTranslation("moderation.details.email", item.authorEmail())),
                new ListItem(getTranslation("moderation.details.ip", item.authorIp() == null ? "–" : item.authorIp())));
        if (item.authorUrl() != null) {
            facts.add(new ListItem(getTranslation("moderation.details.website", item.authorUrl())));
        }
        if (item.rule() != null) {
            String rule = getTranslation("moderation.rule." + item.rule().name());
            String note = PostArrival.POST_SETTING.equals(item.ruleNote()) ? getTranslation("moderation.rule.post-setting")
                    : item.ruleNote();
            ListItem ruleLine = new ListItem(note == null ? getTranslation("moderation.details.rule", rule)
                    : getTranslation("moderation.details.rule-note", rule, note));
            ruleLine.addClassName("comment-rule");
            facts.add(ruleLine);
        }
        if (item.spamScore() != null) {
            ListItem score = new ListItem(getTranslation("moderation.details.spam-score", item.spamScore()));
            score.addClassName("comment-spam-score");
            facts.add(score);
        }
        if (!item.reports().isEmpty()) {
            facts.add(reports(item));
        }
        Div box = new Div(facts);
        if (item.postAddress() != null) {
            Anchor post = new Anchor(item.postAddress().path() + "#comment-" + item.id(), item.postTitle());
            post.setTarget("_blank");
            post.getElement().setAttribute("rel", "noopener");
            box.add(new Paragraph(post));
        }
        box.addClassName("comment-facts");
        return box;
    }

    private Div decisionButtons(QueueItem item) {
        Div buttons = new Div();
        buttons.addClassName("comment-decisions");
        buttons.add(decision("moderation.approve", item, CommentStatus.APPROVED, moderation::approve, ButtonVariant.PRIMARY));
        buttons.add(new RejectionReasonPicker(moderation, reasons, item, decision("moderation.reject", item,
                CommentStatus.REJECTED, moderation::reject, ButtonVariant.ERROR), afterDecision));
        buttons.add(decision("moderation.spam", item, CommentStatus.SPAM, moderation::markSpam, ButtonVariant.ERROR));
        return buttons;
    }

    private Button decision(String key, QueueItem item, CommentStatus target,
            Function<List<CommentRef>, DecisionResult> decision, ButtonVariant variant) {
        Button button = new Button(getTranslation(key),
                click -> afterDecision.accept(decision.apply(List.of(item.ref()))));
        button.addThemeVariants(variant);
        // approving a comment published for review after is the moderator's look at it
        button.setEnabled(item.status() != target
                || (target == CommentStatus.APPROVED && item.rule() == CommentRule.REVIEW_AFTER));
        button.addClassName("decide-" + target.name().toLowerCase(Locale.ROOT));
        return button;
    }

    private Div editor(QueueItem item) {
        TextArea text = new TextArea(getTranslation("moderation.edit.label"));
        text.setValue(item.bodyRaw());
        text.addClassName("comment-edit");
        editText = text;
        Button save = new Button(getTranslation("moderation.edit.save"),
                click -> act(text, () -> moderation.editAndApprove(item.ref(), text.getValue())));
        Div editor = new Div(text, save);
        editor.addClassName("comment-editor");
        return editor;
    }

    private Div replier(QueueItem item) {
        TextArea text = new TextArea(getTranslation("moderation.reply.label"));
        text.addClassName("comment-staff-reply");
        String key = item.status() == CommentStatus.PENDING ? "moderation.reply.approve-and-send" : "moderation.reply.send";
        Button send = new Button(getTranslation(key), click -> act(text, () -> moderation.reply(item.ref(), text.getValue())));
        send.setEnabled(item.status() == CommentStatus.PENDING || item.status() == CommentStatus.APPROVED);
        Div replier = new Div(text, send);
        replier.addClassName("comment-replier");
        return replier;
    }

    /** Readers' open reports: reason, their words (shown as text) and when; never who sent them. */
    private ListItem reports(QueueItem item) {
        UnorderedList lines = new UnorderedList();
        for (QueueItem.ReaderReport report : item.reports()) {
            String reason = getTranslation("report.reason." + report.reason().name());
            String when = ReaderDates.dateTime(report.reportedAt(), zone, getLocale());
            lines.add(new ListItem(report.note() == null ? getTranslation("moderation.details.report", when, reason)
                    : getTranslation("moderation.details.report-note", when, reason, report.note())));
        }
        ListItem reports = new ListItem(new Span(getTranslation("moderation.details.reports", item.reports().size())), lines);
        reports.addClassName("comment-reports");
        return reports;
    }

    /** Runs an action on typed text; a rule the text breaks is shown on the field, text kept. */
    private void act(TextArea text, Supplier<DecisionResult> action) {
        try {
            afterDecision.accept(action.get());
        } catch (InvalidCommentException invalid) {
            text.setErrorMessage(getTranslation(invalid.problems().values().iterator().next(), CommentDraft.MAX_BODY));
            text.setInvalid(true);
            Notification.show(getTranslation("moderation.text-invalid"), 4000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.WARNING);
        }
    }

    private static String historyKey(DecisionEntry entry) {
        if (entry.byCommenter()) {
            return entry.bodyEdited() ? "moderation.history.commenter-edited" : "moderation.history.commenter-deleted";
        }
        if (entry.undo()) {
            return entry.bodyEdited() ? "moderation.history.undone-edit" : "moderation.history.undone";
        }
        if (entry.from() == entry.to() && !entry.bodyEdited()) {
            return "moderation.history.reviewed";
        }
        return entry.bodyEdited() ? "moderation.history.edited" : "moderation.history.entry";
    }

    private Div history(long commentId) {
        Div box = new Div(new H3(getTranslation("moderation.history")));
        box.addClassName("comment-history");
        var entries = moderation.history(commentId);
        if (entries.isEmpty()) {
            box.add(new Paragraph(getTranslation("moderation.history.none")));
            return box;
        }
        UnorderedList list = new UnorderedList();
        for (DecisionEntry entry : entries) {
            String to = getTranslation("comment.status." + entry.to().name());
            String line = entry.bySpamFilter()
                    ? getTranslation("moderation.history.filtered", ReaderDates.dateTime(entry.decidedAt(), zone, getLocale()),
                            entry.moderatorName(), to)
                    : entry.from() == null
                    ? getTranslation("moderation.history.created", ReaderDates.dateTime(entry.decidedAt(), zone, getLocale()),
                            entry.moderatorName(), to)
                    : getTranslation(historyKey(entry),
                            ReaderDates.dateTime(entry.decidedAt(), zone, getLocale()), entry.moderatorName(),
                            getTranslation("comment.status." + entry.from().name()), to);
            ListItem item = new ListItem(line);
            String textBefore = entry.textBefore();
            if (textBefore != null) {
                Pre before = new Pre(textBefore);
                before.addClassName("history-text-before");
                item.add(new NativeDetails(getTranslation("moderation.history.text-before"), before));
            }
            list.add(item);
        }
        box.add(list);
        return box;
    }
}
