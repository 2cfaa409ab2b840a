package org.sala.support;

import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.hamcrest.Matchers;
import org.sala.account.AccountService;
import org.sala.account.Role;
import org.sala.base.cache.ReaderContentChanged;
import org.sala.base.site.SiteProperties;
import org.sala.comment.CommentStatus;
import org.sala.moderation.service.CommentRef;
import org.sala.moderation.service.ModerationService;
import org.sala.post.NewPost;
import org.sala.post.PostAddress;
import org.sala.post.PostPublishingService;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.cache.CacheManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Empties the database and publishes posts through the real services. */
@TestComponent
public class TestData {

    public static final String AUTHOR = "writer";
    public static final String STAFF_PASSWORD = "staff-password";
    static final List<String> TABLES = List.of("EVENT_PUBLICATION", "outbox_mail", "moderator_digest", "newsletter_issue",
            "subscriber", "wp_attachment", "wp_import_item", "site_page", "media_file", "post_slug_redirect",
            "comment_report", "commenter_note", "comment_spam_score", "post_comment_mode", "comment_decision", "comment", "comment_rule_entry", "post_search", "post_tag", "post_category", "post", "tag",
            "category", "account_role", "account");

    private static final Duration LISTENERS_FINISH_WITHIN = Duration.ofSeconds(10);

    private final JdbcTemplate jdbc;
    private final AccountService accounts;
    private final PostPublishingService publishing;
    private final SiteProperties site;
    private final ModerationService moderation;
    private final CacheManager caches;

    private final ApplicationEventPublisher events;

    TestData(JdbcTemplate jdbc, AccountService accounts, PostPublishingService publishing, SiteProperties site,
            ModerationService moderation, CacheManager caches, ApplicationEventPublisher events) {
        this.events = events;
        this.moderation = moderation;
        this.caches = caches;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.publishing = publishing;
        this.site = site;
    }

    /**
     * Waits until the work done after commits between modules (Spring Modulith's
     * {@code @ApplicationModuleListener}s, asynchronous) is finished: the event publication registry
     * deletes each event its listener completed.
     */
    public void awaitModuleListeners() {
        Awaitility.await("module listeners to finish").atMost(LISTENERS_FINISH_WITHIN).pollInterval(Duration.ofMillis(20))
                .until(() -> jdbc.queryForList("SELECT LISTENER_ID FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL",
                        String.class), Matchers.empty());
    }

    /** Removes everything and creates the author {@value #AUTHOR}. */
    public void reset() {
        clear();
        accounts.createIfAbsent(AUTHOR, "Wren Writer", "writer@sala.example", "writer-password",
                Set.of(Role.AUTHOR));
    }

    /**
     * Removes everything: posts, categories, tags, accounts and comment rules (settings back to
     * defaults), and empties the caches, which did not see these changes made in SQL.
     */
    public void clear() {
        try {
            // what the previous test set going must not land in this one's data
            awaitModuleListeners();
        } catch (ConditionTimeoutException leftOver) {
            // a listener that failed (a test stopped the database) is reported by its own test
        }
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET FOREIGN_KEY_CHECKS = 0");
                for (String table : TABLES) {
                    statement.execute("TRUNCATE TABLE " + table);
                }
                statement.execute("SET FOREIGN_KEY_CHECKS = 1");
                statement.execute("""
                        UPDATE comment_settings SET arrival = 'HOLD_ALL', max_links = 2, too_many_links = 'HOLD',
                          close_after_days = NULL, updated_by = NULL""");
                statement.execute("UPDATE moderation_setting SET hide_after_reports = 3, spam_threshold = NULL");
            }
            return null;
        });
        caches.getCacheNames().forEach(name -> caches.getCache(name).clear());
        events.publishEvent(new ReaderContentChanged("test data cleared"));
    }

    /** A staff account with the password {@value #STAFF_PASSWORD}. */
    public void staff(String username, Role... roles) {
        accounts.createIfAbsent(username, username.substring(0, 1).toUpperCase() + username.substring(1),
                username + "@sala.example", STAFF_PASSWORD, Set.of(roles));
    }

    /** Approves the comment as the moderator "keeper", through the moderation service. */
    public void approve(long commentId) {
        decide(commentId, CommentStatus.APPROVED);
    }

    /** Decides on the comment as the moderator "keeper", through the moderation service. */
    public void decide(long commentId, CommentStatus status) {
        staff("keeper", Role.MODERATOR);
        asStaff("keeper", Role.MODERATOR, () -> {
            List<CommentRef> refs = List.of(moderation.item(commentId).orElseThrow().ref());
            return switch (status) {
                case APPROVED -> moderation.approve(refs);
                case REJECTED -> moderation.reject(refs);
                case SPAM -> moderation.markSpam(refs);
                case PENDING -> moderation.returnToQueue(refs);
                case DELETED -> throw new IllegalArgumentException("Only its commenter deletes a comment");
            };
        });
    }

    /** Runs the work signed in as the (existing) account with the role, as the UI would. */
    public <T> T asStaff(String username, Role role, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** A post published yesterday, open or closed to comments; returns its id. */
    public long post(String title, boolean commentsOpen) {
        Instant yesterday = Instant.now().minusSeconds(86_400);
        PostAddress address = publishing.publish(new NewPost(AUTHOR, title, "About " + title + ".",
                List.of("Blog"), List.of(), yesterday, commentsOpen));
        return jdbc.queryForObject("SELECT id FROM post WHERE slug = ?", Long.class, address.slug());
    }

    /** The address (path) of a post published yesterday, open or closed to comments. */
    public String postPath(String title, boolean commentsOpen) {
        return "/" + address(post(title, commentsOpen)).path();
    }

    public PostAddress address(long postId) {
        return jdbc.queryForObject("SELECT slug, published_month FROM post WHERE id = ?",
                (row, n) -> new PostAddress(row.getInt(2) / 100, row.getInt(2) % 100, row.getString(1)), postId);
    }

    public PostAddress publish(String title, String markdown, LocalDateTime publishedInSiteZone,
            List<String> categories, List<String> tags) {
        return publish(AUTHOR, title, markdown, publishedInSiteZone, categories, tags);
    }

    public PostAddress publish(String author, String title, String markdown, LocalDateTime publishedInSiteZone,
            List<String> categories, List<String> tags) {
        Instant at = publishedInSiteZone.atZone(site.timeZone()).toInstant();
        return publishing.publish(new NewPost(author, title, markdown, categories, tags, at, true));
    }
}
