package org.sala.demo;

import java.util.Map;
import java.util.Set;
import org.sala.account.domain.Role;
import org.sala.account.service.AccountService;
import org.sala.base.site.SiteProperties;
import org.sala.post.service.NewPost;
import org.sala.post.service.PostPublishingService;
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

    DemoContentService(AccountService accounts, PostPublishingService publishing, SiteProperties site) {
        this.accounts = accounts;
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
        for (DemoContent.Post post : content.posts()) {
            publishing.publish(new NewPost(post.author(), post.title(), post.body(), post.categories(), post.tags(),
                    post.published().atZone(site.timeZone()).toInstant(), true));
        }
        return true;
    }
}
