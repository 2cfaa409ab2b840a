package org.sala.comment.ui;

import java.time.Instant;
import java.time.ZoneId;
import org.jsoup.nodes.Element;
import org.sala.base.ui.ReaderDates;
import org.sala.base.ui.markup.FormMarkup;
import org.sala.base.ui.markup.Markup;
import org.sala.base.ui.markup.ReaderText;
import org.sala.comment.CommentDraft;

/**
 * The reader's own comment while they may still change it: "edit" and "delete" under it, the
 * edit form and the question before deleting. Only a running UI shows them, never a cached page.
 */
final class OwnCommentMarkup {

    static final String EDIT = "data-edit";
    static final String DELETE = "data-delete";

    private OwnCommentMarkup() {}

    static Element controls(long commentId, Instant editableUntil, ZoneId zone, ReaderText text) {
        String id = String.valueOf(commentId);
        return Markup.element("div", "comment-own")
                .appendChild(Markup.text("span", "comment-own-until", text.get("comments.own.editable-until",
                        ReaderDates.time(editableUntil, zone, text.locale()))))
                .appendChild(Markup.text("button", "comment-edit", text.get("comments.own.edit"))
                        .attr("type", "button").attr(EDIT, id))
                .appendChild(Markup.text("button", "comment-delete", text.get("comments.own.delete"))
                        .attr("type", "button").attr(DELETE, id));
    }

    /** The edit form, holding the text as the reader wrote it. */
    static Element editForm(long commentId, String rawText, ReaderText text) {
        Element body = FormMarkup.textarea("body", 6, CommentDraft.MAX_BODY).attr("required", true).text(rawText);
        return Markup.element("form", "comment-own-form comment-edit-form").attr("novalidate", true)
                .attr("aria-labelledby", "comment-edit-heading-" + commentId)
                .appendChild(Markup.text("h3", "comment-edit-heading", text.get("comments.own.edit-heading"))
                        .attr("id", "comment-edit-heading-" + commentId))
                .appendChild(FormMarkup.field("comment-edit-body-field", "comment-edit-body-" + commentId,
                        text.get("comments.form.body"), body, text.get("comments.own.edit-help")))
                .appendChild(buttons(text.get("comments.own.save"), text.get("comments.own.cancel")))
                .appendChild(FormMarkup.status("comment-own-status"));
    }

    /** "Delete your comment for good?" with the answers. */
    static Element deleteForm(ReaderText text) {
        return Markup.element("form", "comment-own-form comment-delete-form")
                .appendChild(Markup.text("p", "comment-delete-question", text.get("comments.own.delete-question")))
                .appendChild(buttons(text.get("comments.own.delete-confirm"), text.get("comments.own.delete-keep")))
                .appendChild(FormMarkup.status("comment-own-status"));
    }

    private static Element buttons(String confirm, String cancel) {
        return Markup.element("div", "comment-form-buttons")
                .appendChild(Markup.text("button", "comment-own-confirm", confirm).attr("type", "submit"))
                .appendChild(Markup.text("button", "comment-own-cancel", cancel).attr("type", "button"));
    }

    /** What the page says where the reader's comment was, once they deleted it. */
    static Element deleted(ReaderText text) {
        return Markup.text("p", "comment-own-deleted", text.get("comments.own.deleted")).attr("role", "status");
    }
}
