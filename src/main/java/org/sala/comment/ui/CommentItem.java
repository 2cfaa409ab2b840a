package org.sala.comment.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import org.sala.base.ui.ReaderDates;
import org.sala.base.ui.component.SafeHtml;
import org.sala.base.ui.component.Time;
import org.sala.comment.content.CommentHtmlPolicy;
import org.sala.comment.service.ThreadComment;

/** One comment in a thread, indented by its depth; the reader's own waiting one is marked. */
class CommentItem extends Article {

    static final int MAX_INDENT = 4;

    private final Div replySlot = new Div();

    CommentItem(ThreadComment comment, ZoneId zone, boolean canReply, Runnable onReply) {
        addClassNames("comment", "depth-" + Math.min(comment.depth(), MAX_INDENT));
        setId("comment-" + comment.id());
        Header header = new Header();
        header.addClassName("comment-header");
        Span name = new Span();
        name.addClassName("comment-author");
        if (comment.authorUrl() != null) {
            Anchor website = new Anchor(comment.authorUrl(), comment.authorName());
            website.getElement().setAttribute("rel", "nofollow ugc noopener");
            name.add(website);
        } else {
            name.setText(comment.authorName());
        }
        header.add(name);
        if (comment.byStaff()) {
            Span staff = new Span(getTranslation("comments.staff"));
            staff.addClassName("comment-badge");
            header.add(new Text(" "), staff);
        }
        header.add(new Text(" · "), new Time(comment.createdAt(), ReaderDates.dateTime(comment.createdAt(), zone,
                getLocale())));
        add(header);
        if (comment.pending()) {
            addClassName("comment-pending");
            Paragraph waiting = new Paragraph(getTranslation("comments.awaiting-moderation"));
            waiting.addClassName("comment-awaiting");
            add(waiting);
        }
        add(new SafeHtml(CommentHtmlPolicy.POLICY, comment.bodyHtml(), "comment-body"));
        if (canReply && !comment.pending()) {
            NativeButton reply = new NativeButton(getTranslation("comments.reply"), click -> onReply.run());
            reply.addClassName("comment-reply");
            reply.getElement().setAttribute("aria-label",
                    getTranslation("comments.reply-to", comment.authorName()));
            add(new Footer(reply));
        }
        replySlot.addClassName("comment-reply-slot");
        add(replySlot);
    }

    /** Where the form goes while the reader answers this comment. */
    Div replySlot() {
        return replySlot;
    }
}
