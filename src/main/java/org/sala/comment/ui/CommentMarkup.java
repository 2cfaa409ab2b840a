package org.sala.comment.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jsoup.nodes.Element;
import org.sala.base.ui.ReaderDates;
import org.sala.base.ui.markup.Markup;
import org.sala.base.ui.markup.ReaderText;
import org.sala.comment.CommentAuthor;
import org.sala.comment.service.ThreadComment;

/** The comments under a post as markup: the count, the threads, "show more" and "closed". */
final class CommentMarkup {

    static final int MAX_INDENT = 4;
    /** Where the next page of comments starts, for readers without scripts ({@code ?comments-after=}). */
    static final String AFTER_PARAMETER = "comments-after";

    private CommentMarkup() {}

    static Element heading(long approved, ReaderText text) {
        return Markup.text("h2", "comments-heading", text.get("comments.count", approved));
    }

    /** A run of comments in thread order: one node of a live page. */
    static Element block(List<ThreadComment> comments, ZoneId zone, boolean canReply, ReaderText text) {
        Element block = Markup.element("div", "comment-block");
        comments.forEach(comment -> block.appendChild(comment(comment, zone, canReply, text)));
        return block;
    }

    /** One comment, indented by its depth; the reader's own waiting one is marked. */
    static Element comment(ThreadComment comment, ZoneId zone, boolean canReply, ReaderText text) {
        Element article = Markup.element("article", "comment depth-" + Math.min(comment.depth(), MAX_INDENT))
                .attr("id", "comment-" + comment.id());
        Element author = Markup.element("span", "comment-author");
        String url = comment.authorUrl();
        if (url != null && CommentAuthor.isWebAddress(url)) {
            author.appendChild(Markup.link(url, comment.authorName()).attr("rel", "nofollow ugc noopener"));
        } else {
            author.text(comment.authorName());
        }
        Element header = Markup.element("header", "comment-header").appendChild(author);
        if (comment.byStaff()) {
            header.appendText(" ").appendChild(Markup.text("span", "comment-badge", text.get("comments.staff")));
        }
        header.appendText(" · ").appendChild(Markup.time(comment.createdAt(),
                ReaderDates.dateTime(comment.createdAt(), zone, text.locale())));
        article.appendChild(header);
        if (comment.pending()) {
            article.addClass("comment-pending")
                    .appendChild(Markup.text("p", "comment-awaiting", text.get("comments.awaiting-moderation")));
        }
        Markup.appendSanitized(article.appendElement("div").addClass("comment-body"), comment.bodyHtml());
        Instant editableUntil = comment.editableUntil();
        if (editableUntil != null) {
            article.appendChild(OwnCommentMarkup.controls(comment.id(), editableUntil, zone, text));
        }
        if (!comment.pending()) {
            Element footer = article.appendElement("footer");
            if (canReply) {
                footer.appendChild(Markup.text("button", "comment-reply", text.get("comments.reply"))
                        .attr("type", "button").attr("data-reply", String.valueOf(comment.id()))
                        .attr("aria-label", text.get("comments.reply-to", comment.authorName())));
            }
            footer.appendChild(Markup.link(reportPath(comment.id()), text.get("comments.report")).addClass("comment-report")
                    .attr("rel", "nofollow").attr("aria-label", text.get("comments.report-comment", comment.authorName())));
        }
        return article;
    }

    /** Where a reader reports the comment (a page of the moderation module). */
    static String reportPath(long commentId) {
        return "/comments/" + commentId + "/report";
    }

    /** "Show more comments": a link that works without scripts; a live page loads them in place. */
    static Element loadMore(String postPath, String afterPath, ReaderText text) {
        return Markup.link(loadMoreHref(postPath, afterPath), text.get("comments.load-more"))
                .addClass("comments-load-more");
    }

    static String loadMoreHref(String postPath, String afterPath) {
        return postPath + "?" + AFTER_PARAMETER + "=" + afterPath + "#comments";
    }

    static Element closed(ReaderText text) {
        return Markup.text("p", "comments-closed", text.get("comments.closed"));
    }
}
