package org.sala.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.comment.service.CommentThreadService;
import org.sala.comment.service.ThreadComment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.sala.account.service.AccountService;
import org.sala.post.service.ArchiveService;
import org.sala.post.service.CategoryLink;
import org.sala.post.service.MonthArchiveEntry;
import org.sala.post.service.PostListService;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

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
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

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
            var user = userDetails.loadUserByUsername(username);
            assertThat(user.getPassword()).startsWith("{argon2}");
            assertThat(passwordEncoder.matches(DemoContentService.DEMO_PASSWORD, user.getPassword())).isTrue();
            assertThat(passwordEncoder.matches("wrong", user.getPassword())).isFalse();
        }
        assertThat(userDetails.loadUserByUsername("dara").getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_MODERATOR");
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
