package org.sala.comment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.sala.base.ui.TranslatedErrors;
import org.sala.comment.service.CommentDraft;

/**
 * Name, email (never shown), website and the comment. The rules are the bean's constraints; a
 * field that breaks one says so beside it and keeps what was typed.
 */
class CommentForm extends Div {

    /** What happens to a draft that passed the form's checks. */
    interface Submitter {
        void submit(CommentDraft draft, Long parentId);
    }

    private final TextField name = new TextField();
    private final TextField email = new TextField();
    private final TextField website = new TextField();
    private final TextArea body = new TextArea();
    private final Checkbox notifyWhenPublished = new Checkbox();
    private final Checkbox notifyReplies = new Checkbox();
    /** Hidden from people (off-screen, out of the tab order); bots that fill every field fill it. */
    private final TextField trap = new TextField();
    private final Instant shownAt = Instant.now();
    private final H3 heading = new H3();
    private final Paragraph replyingTo = new Paragraph();
    private final Button cancelReply = new Button();
    private final BeanValidationBinder<CommentDraft> binder = new BeanValidationBinder<>(CommentDraft.class);
    private Long parentId;

    CommentForm(Submitter submitter, Runnable onCancelReply) {
        addClassName("comment-form");
        heading.setText(getTranslation("comments.form.heading"));
        name.setLabel(getTranslation("comments.form.name"));
        name.setMaxLength(CommentDraft.MAX_NAME);
        name.setAutocomplete(Autocomplete.NAME);
        email.setLabel(getTranslation("comments.form.email"));
        email.setHelperText(getTranslation("comments.form.email-help"));
        email.setMaxLength(CommentDraft.MAX_EMAIL);
        email.setAutocomplete(Autocomplete.EMAIL);
        website.setLabel(getTranslation("comments.form.website"));
        website.setMaxLength(CommentDraft.MAX_WEBSITE);
        website.setPlaceholder("https://");
        // The fields check their own maximum too (a script can send more than maxlength allows).
        name.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage("comment.error.name.too-long"));
        email.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage("comment.error.email.too-long"));
        website.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage("comment.error.website.too-long"));
        body.setLabel(getTranslation("comments.form.body"));
        body.setHelperText(getTranslation("comments.form.body-help", CommentDraft.MAX_BODY));
        body.setMinRows(4);
        name.addClassName("comment-name");
        email.addClassName("comment-email");
        website.addClassName("comment-website");
        body.addClassName("comment-body-field");
        trap.setLabel(getTranslation("comments.form.trap"));
        trap.addClassName("comment-trap");
        trap.getElement().setAttribute("aria-hidden", "true");
        trap.getElement().setAttribute("tabindex", "-1");
        trap.setAutocomplete(Autocomplete.OFF);
        binder.setValidationErrorHandler(new TranslatedErrors(this));
        binder.forField(name).bind("name");
        binder.forField(email).bind("email");
        binder.forField(website).bind("website");
        binder.forField(body).bind("body");
        notifyWhenPublished.setLabel(getTranslation("comments.form.notify-published"));
        notifyWhenPublished.addClassName("comment-notify-published");
        notifyReplies.setLabel(getTranslation("comments.form.notify-replies"));
        notifyReplies.addClassName("comment-notify-replies");
        binder.forField(notifyWhenPublished).bind("notifyWhenPublished");
        binder.forField(notifyReplies).bind("notifyReplies");
        binder.readBean(new CommentDraft());

        replyingTo.addClassName("comment-replying-to");
        replyingTo.setVisible(false);
        cancelReply.setText(getTranslation("comments.form.cancel-reply"));
        cancelReply.addThemeVariants(ButtonVariant.TERTIARY);
        cancelReply.setVisible(false);
        cancelReply.addClickListener(click -> onCancelReply.run());
        Button send = new Button(getTranslation("comments.form.submit"), click -> {
            CommentDraft draft = new CommentDraft();
            if (binder.writeBeanIfValid(draft)) {
                submitter.submit(draft, parentId);
            } else {
                binder.validate();
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClassName("comment-submit");
        Div buttons = new Div(send, cancelReply);
        buttons.addClassName("comment-form-buttons");
        Div notifications = new Div(notifyWhenPublished, notifyReplies);
        notifications.addClassName("comment-notifications");
        add(heading, replyingTo, name, email, website, trap, body, notifications, buttons);
    }

    void replyTo(long commentId, String authorName) {
        parentId = commentId;
        heading.setText(getTranslation("comments.form.reply-heading"));
        replyingTo.setText(getTranslation("comments.form.replying-to", authorName));
        replyingTo.setVisible(true);
        cancelReply.setVisible(true);
        body.focus();
    }

    void stopReplying() {
        parentId = null;
        heading.setText(getTranslation("comments.form.heading"));
        replyingTo.setVisible(false);
        cancelReply.setVisible(false);
    }

    Instant shownAt() {
        return shownAt;
    }

    String trapValue() {
        return trap.getValue();
    }

    /** Too many comments too fast: says how long to wait, beside the text, which stays. */
    void showWait(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        body.setErrorMessage(seconds < 120 ? getTranslation("comment.error.wait-seconds", seconds)
                : getTranslation("comment.error.wait-minutes", (seconds + 59) / 60));
        body.setInvalid(true);
    }

    Long parentId() {
        return parentId;
    }

    /** After a comment went through: the text goes, the name, email and website stay. */
    void clearText() {
        body.clear();
        body.setInvalid(false);
    }

    /** Problems the service found (translation keys by field name), shown beside the fields. */
    void showProblems(Map<String, String> problems) {
        Map<String, HasValidation> fields = Map.of("name", name, "email", email, "website", website, "body", body);
        problems.forEach((field, key) -> {
            HasValidation target = fields.getOrDefault(field, body);
            target.setErrorMessage(getTranslation(key));
            target.setInvalid(true);
        });
    }
}
