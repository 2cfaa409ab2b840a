package org.sala.moderation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.base.ui.ServerVaadinClient;
import org.sala.comment.CommentDraft;
import org.sala.comment.service.CommentSubmissionService;
import org.sala.comment.service.ReaderContext;
import org.sala.comment.service.ReaderTokens;
import org.sala.moderation.service.QueueItem;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Two moderators with the queue open at once, each signed in in a Vaadin session of their own
 * (browserless multi-user contexts on the shared application context): what one decides reaches
 * the other's open queue, and the other's late decision on it is refused with a notice.
 */
@IntegrationTest
class TwoModeratorsViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    TestData data;

    @Autowired
    AuthenticationProvider signIn;

    @Autowired
    CommentSubmissionService submissions;

    @Autowired
    JdbcTemplate jdbc;

    private SecuredBrowserlessApplicationContext<Authentication> app;
    private long postId;

    @BeforeEach
    void twoModerators() {
        data.reset();
        postId = data.post("Annual report", true);
        data.staff("dara", Role.MODERATOR);
        data.staff("kim", Role.MODERATOR);
        app = SpringBrowserlessApplicationContext.createSecured(context, "org.sala");
        ServerVaadinClient.relearn(context);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void whatOneModeratorDecidesReachesTheOthersQueueAndTheirLateDecisionIsRefused() {
        long id = comment("Sokha", "Seen by two moderators");
        comment("Vanna", "Seen by two as well");
        BrowserlessUIContext dara = signedIn("dara");
        BrowserlessUIContext kim = signedIn("kim");
        dara.navigate(ModerationView.class);
        dara.test(grid(dara)).clickRow(0);
        kim.navigate(ModerationView.class);
        kim.test(grid(kim)).clickRow(0);

        kim.test(detailsButton(kim, "decide-approved")).click();

        assertThat(queuedAuthors(kim)).containsExactly("Vanna");
        // Dara's open queue follows at once; her details still show the comment as she opened it, and say so
        assertThat(queuedAuthors(dara)).containsExactly("Vanna");
        assertThat(dara.find(Paragraph.class).withClassName("comment-details-changed").single().getText())
                .isEqualTo("Someone changed this comment since you opened it: it is now Approved. "
                        + "Your decision would not be applied; open it again.");

        dara.test(detailsButton(dara, "decide-spam")).click();

        assertThat(dara.find(Notification.class).withClassName("moderation-conflict").all())
                .extracting(notice -> dara.test(notice).getText())
                .containsExactly("Not changed: the comment by Sokha is already Approved (Kim decided first).");
        assertThat(kim.find(Notification.class).withClassName("moderation-conflict").exists()).isFalse();
        assertThat(jdbc.queryForObject("SELECT status FROM comment WHERE id = ?", String.class, id)).isEqualTo("APPROVED");
        assertThat(jdbc.queryForList("SELECT moderator_name FROM comment_decision WHERE comment_id = ?", String.class, id))
                .containsExactly("Kim");
    }

    /** A window of the staff member, signed in with their password through the application's sign-in check. */
    private BrowserlessUIContext signedIn(String username) {
        Authentication signedIn = signIn.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, TestData.STAFF_PASSWORD));
        return app.newUser(signedIn).newWindow();
    }

    @SuppressWarnings("unchecked")
    private static Grid<QueueItem> grid(BrowserlessUIContext window) {
        return window.find(Grid.class).withClassName("moderation-grid").single();
    }

    private static List<String> queuedAuthors(BrowserlessUIContext window) {
        var grid = window.test(grid(window));
        return IntStream.range(0, grid.size()).mapToObj(row -> grid.getRow(row).authorName()).toList();
    }

    private static Button detailsButton(BrowserlessUIContext window, String className) {
        return window.find(Button.class, window.find(CommentDetails.class).single()).withClassName(className).single();
    }

    private long comment(String name, String body) {
        return submissions.submit(postId, null, new CommentDraft(name, "reader@example.org", "", body),
                new ReaderContext("198.51.100.4", ReaderTokens.newToken()));
    }
}
