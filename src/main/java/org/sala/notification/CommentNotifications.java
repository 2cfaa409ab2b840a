package org.sala.notification;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sala.base.i18n.ReaderLocales;
import org.sala.base.site.SiteProperties;
import org.sala.comment.Comment;
import org.sala.comment.CommentLookup;
import org.sala.comment.CommentNotificationsWanted;
import org.sala.comment.CommentStatus;
import org.sala.comment.CommentsChanged;
import org.sala.mail.MailLinks;
import org.sala.mail.MailMessage;
import org.sala.mail.Outbox;
import org.sala.notification.domain.CommentNotification;
import org.sala.notification.domain.CommentNotificationRepository;
import org.sala.post.PostListService;
import org.sala.post.PostSummary;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails to commenters who asked for them: "your comment is published" and "someone replied".
 * Both are decided on the comments' state inside the deciding transaction, and only an APPROVED
 * comment ever causes one: a pending, rejected or spam comment mails no reader, so the comment
 * form cannot be used to send mail to strangers. Each mail has a key (comment, or reply and
 * parent), so approving again, or twice at once, never mails twice.
 */
@Service
public class CommentNotifications {

    private static final Locale LANGUAGE = ReaderLocales.SUPPORTED.getFirst();

    private final CommentNotificationRepository wishes;
    private final CommentLookup comments;
    private final PostListService posts;
    private final Outbox outbox;
    private final MailLinks links;
    private final I18NProvider translations;
    private final SiteProperties site;

    CommentNotifications(CommentNotificationRepository wishes, CommentLookup comments, PostListService posts,
            Outbox outbox, MailLinks links, I18NProvider translations, SiteProperties site) {
        this.wishes = wishes;
        this.comments = comments;
        this.posts = posts;
        this.outbox = outbox;
        this.links = links;
        this.translations = translations;
        this.site = site;
    }

    @EventListener
    @Transactional
    public void on(CommentNotificationsWanted wanted) {
        wishes.save(new CommentNotification(wanted.commentId(), wanted.whenPublished(), wanted.replies()));
    }

    @EventListener
    @Transactional
    public void on(CommentsChanged changed) {
        List<Comment> approved = comments.byIds(changed.commentIds()).stream()
                .filter(comment -> comment.getStatus() == CommentStatus.APPROVED).toList();
        if (approved.isEmpty()) {
            return;
        }
        Set<Long> parentIds = approved.stream().map(Comment::getParentId).filter(id -> id != null)
                .collect(Collectors.toSet());
        Map<Long, Comment> parents = comments.byIds(parentIds).stream()
                .collect(Collectors.toMap(Comment::getId, Function.identity()));
        Set<Long> asked = new HashSet<>(parentIds);
        approved.forEach(comment -> asked.add(comment.getId()));
        Map<Long, CommentNotification> wishesById = wishes.findAllById(asked).stream()
                .collect(Collectors.toMap(CommentNotification::getCommentId, Function.identity()));
        Map<Long, PostSummary> postsById = posts.summaries(approved.stream().map(Comment::getPostId).distinct().toList())
                .stream().collect(Collectors.toMap(PostSummary::id, Function.identity()));

        for (Comment comment : approved) {
            PostSummary post = postsById.get(comment.getPostId());
            if (post == null) {
                continue;
            }
            Optional.ofNullable(wishesById.get(comment.getId())).filter(CommentNotification::isWhenPublished)
                    .ifPresent(wish -> outbox.queueOnce(new MailMessage(comment.getAuthorEmail(),
                            text("mail.comment.published.subject", post.title()),
                            text("mail.comment.published.body", comment.getAuthorName(), post.title(), link(post, comment))
                                    + signature(),
                            Map.of(), "comment-published", "comment-published:" + comment.getId())));
            Comment parent = comment.getParentId() == null ? null : parents.get(comment.getParentId());
            if (parent != null && parent.getStatus() == CommentStatus.APPROVED
                    && !parent.getAuthorEmail().equalsIgnoreCase(comment.getAuthorEmail())
                    && wishesById.containsKey(parent.getId()) && wishesById.get(parent.getId()).isReplies()) {
                outbox.queueOnce(new MailMessage(parent.getAuthorEmail(),
                        text("mail.comment.reply.subject", comment.getAuthorName(), post.title()),
                        text("mail.comment.reply.body", parent.getAuthorName(), comment.getAuthorName(), post.title(),
                                link(post, comment)) + signature(),
                        Map.of(), "comment-reply", "comment-reply:" + comment.getId() + ":" + parent.getId()));
            }
        }
    }

    /** Whether the commenter asked to hear what became of the comment. */
    @Transactional(readOnly = true)
    public boolean wantsOutcome(long commentId) {
        return wishes.findById(commentId).map(CommentNotification::isWhenPublished).orElse(false);
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
