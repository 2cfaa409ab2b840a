package org.sala.support;

import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.sala.account.domain.Role;
import org.sala.account.service.AccountService;
import org.sala.base.site.SiteProperties;
import org.sala.post.service.NewPost;
import org.sala.post.service.PostAddress;
import org.sala.post.service.PostPublishingService;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** Empties the database and publishes posts through the real services. */
@TestComponent
public class TestData {

    public static final String AUTHOR = "writer";
    static final List<String> TABLES = List.of("post_search", "post_tag", "post_category", "post", "tag",
            "category", "account_role", "account");

    private final JdbcTemplate jdbc;
    private final AccountService accounts;
    private final PostPublishingService publishing;
    private final SiteProperties site;

    TestData(JdbcTemplate jdbc, AccountService accounts, PostPublishingService publishing, SiteProperties site) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.publishing = publishing;
        this.site = site;
    }

    /** Removes everything and creates the author {@value #AUTHOR}. */
    public void reset() {
        clear();
        accounts.createIfAbsent(AUTHOR, "Wren Writer", "writer@sala.example", "writer-password",
                Set.of(Role.AUTHOR));
    }

    /** Removes everything: posts, categories, tags and accounts. */
    public void clear() {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET FOREIGN_KEY_CHECKS = 0");
                for (String table : TABLES) {
                    statement.execute("TRUNCATE TABLE " + table);
                }
                statement.execute("SET FOREIGN_KEY_CHECKS = 1");
            }
            return null;
        });
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
