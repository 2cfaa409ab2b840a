package org.sala.comment.ui;

import org.jsoup.nodes.Element;
import org.sala.base.ui.markup.FormMarkup;
import org.sala.base.ui.markup.Markup;
import org.sala.base.ui.markup.ReaderText;
import org.sala.comment.CommentDraft;

/** Name, email (never shown), website and the comment, as native fields. */
final class CommentFormMarkup {

    static final String ISLAND = "comment-form";

    private CommentFormMarkup() {}

    /** The form in its island; {@code enabled} is false on cached pages (the script enables it). */
    static Element island(ReaderText text, boolean enabled) {
        return FormMarkup.island(ISLAND, "comment-form-island", form(text, enabled));
    }

    static Element form(ReaderText text, boolean enabled) {
        Element website = FormMarkup.input("url", "website", CommentDraft.MAX_WEBSITE, "url").attr("placeholder", "https://");
        Element trap = FormMarkup.input("text", "trap", 0, "off").attr("tabindex", "-1");
        Element body = FormMarkup.textarea("body", 4, CommentDraft.MAX_BODY);
        Element fields = FormMarkup.fieldset("comment-fields", enabled)
                .appendChild(FormMarkup.field("comment-name", "comment-name", text.get("comments.form.name"),
                        FormMarkup.input("text", "name", CommentDraft.MAX_NAME, "name").attr("required", true), null))
                .appendChild(FormMarkup.field("comment-email", "comment-email", text.get("comments.form.email"),
                        FormMarkup.input("email", "email", CommentDraft.MAX_EMAIL, "email").attr("required", true),
                        text.get("comments.form.email-help")))
                .appendChild(FormMarkup.field("comment-website", "comment-website", text.get("comments.form.website"),
                        website, null))
                .appendChild(FormMarkup.field("comment-trap", "comment-trap", text.get("comments.form.trap"), trap, null)
                        .attr("aria-hidden", "true"))
                .appendChild(FormMarkup.field("comment-body-field", "comment-body", text.get("comments.form.body"),
                        body.attr("required", true), text.get("comments.form.body-help", CommentDraft.MAX_BODY)))
                .appendChild(Markup.element("div", "comment-notifications")
                        .appendChild(FormMarkup.checkbox("comment-notify-published", "notifyWhenPublished",
                                text.get("comments.form.notify-published")))
                        .appendChild(FormMarkup.checkbox("comment-notify-replies", "notifyReplies",
                                text.get("comments.form.notify-replies"))))
                .appendChild(Markup.element("div", "comment-form-buttons")
                        .appendChild(Markup.text("button", "comment-submit", text.get("comments.form.submit"))
                                .attr("type", "submit"))
                        .appendChild(Markup.text("button", "comment-cancel-reply", text.get("comments.form.cancel-reply"))
                                .attr("type", "button").attr("hidden", true)));
        return Markup.element("form", "comment-form").attr("novalidate", true)
                .appendChild(Markup.text("h3", "comment-form-heading", text.get("comments.form.heading")))
                .appendChild(Markup.element("p", "comment-replying-to").attr("hidden", true))
                .appendChild(FormMarkup.needsScript(text.get("comments.form.needs-script")))
                .appendChild(fields)
                .appendChild(FormMarkup.status("comment-form-status"));
    }
}
