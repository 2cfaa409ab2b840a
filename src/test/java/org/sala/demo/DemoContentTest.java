package org.sala.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.account.AccountService;
import org.sala.comment.service.CommentThreadService;
import org.sala.comment.service.ThreadComment;
import org.sala.post.ArchiveService;
import org.sala.post.CategoryLink;
import org.sala.post.PostListService;
import org.sala.post.service.MonthArchiveEntry;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

@IntegrationTest
class DemoContentTest {

    @Autowired
    TestData data;

    @Autowired
    DemoContentService demo;

    @Autowired
    ArchiveService archive;

    @Autowired
    PostListService posts;

    @Autowired
    AccountService accounts;

    @Autowired
    AuthenticationProvider signIn;

    @Autowired
    CommentThreadService threads;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void empty() {
        data.clear();
    }

    @Test
    void fillsAnEmptySiteOnceWithThreeYearsOfPostsInSixCategories() {
        assertThat(demo.loadIfEmpty()).isTrue();
        assertThat(demo.loadIfEmpty()).isFalse();

        assertThat(archive.categories()).extracting(CategoryLink::name).containsExactly("Updates", "Blog",
                "Newsletters", "Publications", "Tools & Guidelines", "Events");
        List<MonthArchiveEntry> months = archive.months();
        long total = months.stream().mapToLong(MonthArchiveEntry::posts).sum();
        assertThat(total).isBetween(25L, 40L);
        assertThat(months.getLast().month()).isEqualTo(YearMonth.of(2024, 1));
        assertThat(months.getFirst().month()).isBetween(YearMonth.of(2026, 6), YearMonth.of(2026, 11));
        assertThat(posts.frontPage(1).posts()).hasSize(10);
    }

    @Test
    void demoAccountsSignInWithTheDemoPasswordHashedWithArgon2() {
        demo.loadIfEmpty();

        for (String username : List.of("malee", "dara", "admin")) {
            assertThat(signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username,
                    DemoContentService.DEMO_PASSWORD)).isAuthenticated()).isTrue();
            assertThatThrownBy(() -> signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username,
                    "wrong"))).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("dara",
                DemoContentService.DEMO_PASSWORD)).getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .filteredOn(authority -> authority.startsWith("ROLE_")).containsExactly("ROLE_MODERATOR");
        assertThat(jdbc.queryForList("SELECT password_hash FROM account WHERE username IN ('malee', 'dara', 'admin')",
                String.class)).hasSize(3).allSatisfy(hash -> assertThat(hash).startsWith("{argon2}"));
        assertThat(accounts.findByUsername("admin").orElseThrow().roles()).hasSize(3);
    }

    @Test
    void demoCommentsAreThreadedAndSomeWaitForAModerator() {
        demo.loadIfEmpty();

        long slogan = jdbc.queryForObject("SELECT id FROM post WHERE title LIKE 'Why %Safe Migration%'", Long.class);
        List<ThreadComment> thread = threads.page(slogan, "", null, 50).comments();
        assertThat(thread).extracting(ThreadComment::depth).containsExactly(0, 1, 2, 0);
        assertThat(thread.get(1).byStaff()).isTrue();
        assertThat(posts.summaries(List.of(slogan)).getFirst().commentCount()).isEqualTo(4);
        assertThat(thread).allSatisfy(comment -> assertThat(comment.createdAt()).isBefore(Instant.now()));

        List<String> pending = jdbc.queryForList("SELECT body_html FROM comment WHERE status = 'PENDING'", String.class);
        assertThat(pending).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(html -> assertThat(html).doesNotContain("<script", "onclick"));
    }
}
