package org.sala.notification.service;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sala.base.i18n.ReaderLocales;
import org.sala.base.site.SiteProperties;
import org.sala.comment.Comment;
import org.sala.comment.CommentLookup;
import org.sala.comment.CommentStatus;
import org.sala.comment.CommentsPublished;
import org.sala.mail.MailLinks;
import org.sala.mail.MailMessage;
import org.sala.mail.Outbox;
import org.sala.moderation.CommentDecisionsUndone;
import org.sala.moderation.CommentRejectedWithReason;
import org.sala.moderation.DecisionUndo;
import org.sala.post.PostListService;
import org.sala.post.PostSummary;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Every mail to a commenter about their comment, for those who asked on the form: "your comment
 * is published", "someone replied" and "your comment was rejected, because…". Each runs once the
 * deciding transaction has committed, in its own; the event publication registry keeps the event
 * until it is done, so a failure here loses no mail and never undoes the decision. Only a comment
 * that is still published (or still rejected) mails anyone, so the comment form cannot be used to
 * mail strangers, and each mail has a key (comment, or reply and parent): doing it again, or
 * twice at once, never mails twice. Each waits {@link DecisionUndo#ACCEPTED} before it is sent:
 * a moderator who undoes the decision in time withdraws it.
 */
@Component
public class CommentMails {

    private static final Locale LANGUAGE = ReaderLocales.SUPPORTED.getFirst();

    private final CommentLookup comments;
    private final PostListService posts;
    private final Outbox outbox;
    private final MailLinks links;
    private final I18NProvider translations;
    private final SiteProperties site;

    CommentMails(CommentLookup comments, PostListService posts, Outbox outbox, MailLinks links,
            I18NProvider translations, SiteProperties site) {
        this.comments = comments;
        this.posts = posts;
        this.outbox = outbox;
        this.links = links;
        this.translations = translations;
        this.site = site;
    }

    @ApplicationModuleListener
    void published(CommentsPublished published) {
        List<Comment> approved = comments.byIds(published.commentIds()).stream()
                .filter(comment -> comment.getStatus() == CommentStatus.APPROVED).toList();
        if (approved.isEmpty()) {
            return;
        }
        Set<Long> parentIds = approved.stream().map(Comment::getParentId).filter(id -> id != null)
                .collect(Collectors.toSet());
        Map<Long, Comment> parents = comments.byIds(parentIds).stream()
                .collect(Collectors.toMap(Comment::getId, Function.identity()));
        Map<Long, PostSummary> postsById = postsOf(approved);
        for (Comment comment : approved) {
            PostSummary post = postsById.get(comment.getPostId());
            if (post == null) {
                continue;
            }
            if (comment.wantsMailWhenPublished()) {
                outbox.queueOnce(new MailMessage(comment.getAuthorEmail(),
                        text("mail.comment.published.subject", post.title()),
                        text("mail.comment.published.body", comment.getAuthorName(), post.title(), link(post, comment))
                                + signature(),
                        Map.of(), "comment-published", publishedKey(comment.getId())), DecisionUndo.ACCEPTED);
            }
            Comment parent = comment.getParentId() == null ? null : parents.get(comment.getParentId());
            if (parent != null && parent.getStatus() == CommentStatus.APPROVED && parent.wantsMailOnReplies()
                    && !parent.getAuthorEmail().equalsIgnoreCase(comment.getAuthorEmail())) {
                outbox.queueOnce(new MailMessage(parent.getAuthorEmail(),
                        text("mail.comment.reply.subject", comment.getAuthorName(), post.title()),
                        text("mail.comment.reply.body", parent.getAuthorName(), comment.getAuthorName(), post.title(),
                                link(post, comment)) + signature(),
                        Map.of(), "comment-reply", replyKey(comment.getId(), parent.getId())), DecisionUndo.ACCEPTED);
            }
        }
    }

    /** The reason goes with the post's title only, never the comment itself. */
    @ApplicationModuleListener
    void rejected(CommentRejectedWithReason rejected) {
        comments.byIds(Set.of(rejected.commentId())).stream()
                .filter(comment -> comment.getStatus() == CommentStatus.REJECTED && comment.wantsMailWhenPublished())
                .forEach(comment -> {
                    PostSummary post = postsOf(List.of(comment)).get(comment.getPostId());
                    String title = post == null ? "" : post.title();
                    outbox.queueOnce(new MailMessage(comment.getAuthorEmail(),
                            text("mail.comment.rejected.subject", title),
                            text("mail.comment.rejected.body", comment.getAuthorName(), title, rejected.reason()),
                            Map.of(), "comment-rejected", rejectedKey(comment.getId())), DecisionUndo.ACCEPTED);
                });
    }

    /** The mails the undone decisions caused, while they still wait: a reply's mail to its parent's author too. */
    @ApplicationModuleListener
    void undone(CommentDecisionsUndone undone) {
        List<String> keys = new ArrayList<>();
        for (Comment comment : comments.byIds(undone.commentIds())) {
            keys.add(publishedKey(comment.getId()));
            keys.add(rejectedKey(comment.getId()));
            if (comment.getParentId() != null) {
                keys.add(replyKey(comment.getId(), comment.getParentId()));
            }
        }
        outbox.withdraw(keys);
    }

    private static String publishedKey(long commentId) {
        return "comment-published:" + commentId;
    }

    private static String rejectedKey(long commentId) {
        return "comment-rejected:" + commentId;
    }

    private static String replyKey(long replyId, long parentId) {
        return "comment-reply:" + replyId + ":" + parentId;
    }

    private Map<Long, PostSummary> postsOf(List<Comment> found) {
        return posts.summaries(found.stream().map(Comment::getPostId).distinct().toList()).stream()
                .collect(Collectors.toMap(PostSummary::id, Function.identity()));
    }

    private String link(PostSummary post, Comment comment) {
        return links.absolute(post.address().path()) + "#comment-" + comment.getId();
    }

    private String signature() {
        return "\n\n-- \n" + text("mail.comment.why", site.name()) + "\n";
    }

    private String text(String key, Object... parameters) {
        return translations.getTranslation(key, LANGUAGE, parameters);
    }
}
