package org.sala.comment.ui;

import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import org.jsoup.nodes.Element;
import org.sala.base.ui.component.Island;
import org.sala.base.ui.component.LiveForm;
import org.sala.base.ui.markup.ReaderText;

/** The comment form in a running UI, made live when the reader first uses it. */
class CommentFormIsland extends Island {

    private final ReaderText text;
    private final Consumer<Map<String, String>> onSend;
    private final Runnable onCancelReply;
    private Instant shownAt = Instant.now();

    CommentFormIsland(ReaderText text, Consumer<Map<String, String>> onSend, Runnable onCancelReply) {
        super(CommentFormMarkup.island(text, true), () -> CommentFormMarkup.form(text, true));
        this.text = text;
        this.onSend = onSend;
        this.onCancelReply = onCancelReply;
    }

    @Override
    protected void wire(LiveForm form) {
        shownAt = Instant.now();
        form.onSubmit(onSend);
        form.withClass("comment-cancel-reply")
                .ifPresent(cancel -> cancel.addEventListener("click", click -> onCancelReply.run()));
    }

    /** When the reader started writing: the form's minimum time against bots counts from there. */
    Instant shownAt() {
        return shownAt;
    }

    void replyingTo(String authorName) {
        LiveForm form = activate();
        form.withClass("comment-form-heading").ifPresent(heading -> heading.setText(text.get("comments.form.reply-heading")));
        form.show("comment-replying-to", text.get("comments.form.replying-to", authorName));
        form.setVisible("comment-cancel-reply", true);
        form.focus("body");
    }

    void notReplying() {
        if (isActive()) {
            LiveForm form = activate();
            form.withClass("comment-form-heading").ifPresent(heading -> heading.setText(text.get("comments.form.heading")));
            form.show("comment-replying-to", null);
            form.setVisible("comment-cancel-reply", false);
        }
    }

    /** After a comment went through: a fresh form, the name, email and website kept, and a thank-you. */
    void sent(Map<String, String> values, String message) {
        Element markup = CommentFormMarkup.form(text, true);
        for (String field : new String[] {"name", "email", "website"}) {
            Element input = markup.selectFirst("input[name=" + field + "]");
            if (input != null) {
                input.attr("value", values.getOrDefault(field, ""));
            }
        }
        replaceForm(markup).show("comment-form-status", message);
    }

    /** A message for the whole form (refused, closed), beside the fields, which keep their text. */
    void say(String message) {
        activate().show("comment-form-status", message);
    }
}
