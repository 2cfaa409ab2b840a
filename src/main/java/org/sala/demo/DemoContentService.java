package org.sala.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sala.account.AccountService;
import org.sala.account.Role;
import org.sala.base.site.SiteProperties;
import org.sala.comment.CommentAuthor;
import org.sala.comment.CommentImportService;
import org.sala.comment.CommentStatus;
import org.sala.page.PageImportService;
import org.sala.post.NewPost;
import org.sala.post.PostAddress;
import org.sala.post.PostPageService;
import org.sala.post.PostPublishingService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Fills an empty Sala with the demo site, all of it or nothing. */
@Service
public class DemoContentService {

    /** Everyone in the demo signs in with this password. */
    public static final String DEMO_PASSWORD = "sala-demo";

    static final Map<String, Role> DEMO_ROLES = Map.of(
            "malee", Role.AUTHOR,
            "vanna", Role.AUTHOR,
            "dara", Role.MODERATOR,
            "admin", Role.ADMIN);

    private final AccountService accounts;
    private final PostPublishingService publishing;
    private final SiteProperties site;
    private final PostPageService postPages;
    private final CommentImportService comments;
    private final PageImportService pages;

    DemoContentService(AccountService accounts, PostPublishingService publishing, SiteProperties site,
            PostPageService postPages, CommentImportService comments, PageImportService pages) {
        this.accounts = accounts;
        this.postPages = postPages;
        this.comments = comments;
        this.pages = pages;
        this.publishing = publishing;
        this.site = site;
    }

    /** Loads the demo site unless accounts exist already; returns whether it loaded anything. */
    @Transactional
    public boolean loadIfEmpty() {
        if (accounts.anyExists()) {
            return false;
        }
        DemoContent content = DemoContent.read();
        for (DemoContent.Author author : content.authors()) {
            Role role = DEMO_ROLES.getOrDefault(author.username(), Role.AUTHOR);
            accounts.createIfAbsent(author.username(), author.displayName(), author.username() + "@sala.example",
                    DEMO_PASSWORD, role == Role.ADMIN ? Set.of(Role.ADMIN, Role.MODERATOR, Role.AUTHOR) : Set.of(role));
        }
        content.categories().forEach(category -> publishing.ensureCategory(category.name(), category.slug()));
        Map<String, Long> postIds = new HashMap<>();
        for (DemoContent.Post post : content.posts()) {
            PostAddress address = publishing.publish(new NewPost(post.author(), post.title(), post.body(),
                    post.categories(), post.tags(), post.published().atZone(site.timeZone()).toInstant(), true));
            postIds.put(post.title(), postPages.published(address.slug()).orElseThrow().id());
        }
        addComments(content.comments(), postIds);
        for (int i = 0; i < content.pages().size(); i++) {
            DemoContent.Page page = content.pages().get(i);
            pages.addPublished(page.slug(), page.title(), page.body(), i);
        }
        return true;
    }

    private void addComments(List<DemoContent.Comment> demoComments, Map<String, Long> postIds) {
        Map<String, Long> commentIds = new HashMap<>();
        for (DemoContent.Comment comment : demoComments) {
            Long postId = postIds.get(comment.post());
            if (postId == null) {
                throw new IllegalStateException("Demo comment " + comment.key() + " is on an unknown post");
            }
            Long staffId = comment.staff() == null ? null
                    : accounts.findByUsername(comment.staff()).orElseThrow().id();
            CommentAuthor author = new CommentAuthor(comment.name(), comment.email(), null,
                    staffId == null ? "192.0.2.10" : null, staffId);
            long id = comments.add(postId, comment.replyTo() == null ? null : commentIds.get(comment.replyTo()),
                    author, comment.body(), CommentStatus.valueOf(comment.status().toUpperCase(Locale.ROOT)),
                    comment.at().atZone(site.timeZone()).toInstant());
            commentIds.put(comment.key(), id);
        }
    }
}
