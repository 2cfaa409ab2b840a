package org.sala.moderation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.account.ui.LoginView;
import org.sala.comment.CommentDraft;
import org.sala.comment.service.CommentSubmissionService;
import org.sala.comment.service.ReaderContext;
import org.sala.comment.service.ReaderTokens;
import org.sala.moderation.service.QueueItem;
import org.sala.support.BrowserlessViewTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The moderation queue without a browser: what it lists, selecting and deciding, what it says
 * about decisions that could not be applied, and the checks on text typed in the details.
 * Comments arrive through the reader's submission service; decisions are made in the view only.
 */
class ModerationViewTest extends BrowserlessViewTest {

    @Autowired
    CommentSubmissionService submissions;

    @Autowired
    JdbcTemplate jdbc;

    private long postId;

    @BeforeEach
    void signedInModerator() {
        data.reset();
        postId = data.post("Annual report", true);
        signedInAs("dara", Role.MODERATOR);
    }

    @Test
    void theQueueListsTheWaitingCommentsOldestFirstAndFiltersThem() {
        comment("Sokha", "First, about the seminar");
        comment("Vanna", "Second, about the report");
        long approved = comment("Bopha", "Already on the site");
        jdbc.update("UPDATE comment SET status = 'APPROVED' WHERE id = ?", approved);

        navigate(ModerationView.class);

        assertThat(queuedAuthors()).containsExactly("Sokha", "Vanna");
        assertThat(test(grid()).getRow(0).postTitle()).isEqualTo("Annual report");
        assertThat(countLabel()).isEqualTo("2 Pending");
        assertThat(selectedLabel()).isEqualTo("0 selected");
        assertThat(bulk("approve").isEnabled()).isFalse();
        assertThat(bulk("reject").isEnabled()).isFalse();

        test(find(TextField.class).withLabel("Name, email or text").single()).setValue("report");
        assertThat(queuedAuthors()).containsExactly("Vanna");
        assertThat(countLabel()).isEqualTo("1 Pending");
    }

    @Test
    void aCommentArrivingWhileTheQueueIsOpenAppearsInIt() {
        comment("Sokha", "Early");
        navigate(ModerationView.class);
        assertThat(queuedAuthors()).containsExactly("Sokha");

        comment("Vanna", "Late");

        assertThat(queuedAuthors()).containsExactly("Sokha", "Vanna");
        assertThat(countLabel()).isEqualTo("2 Pending");
    }

    @Test
    void approvingTheSelectedCommentsTakesThemOutOfTheQueueAndSaysHowMany() {
        long first = comment("Sokha", "One");
        long kept = comment("Vanna", "Two");
        long third = comment("Bopha", "Three");
        navigate(ModerationView.class);

        test(grid()).select(0);
        test(grid()).select(2);
        assertThat(selectedLabel()).isEqualTo("2 selected");
        assertThat(bulk("approve").isEnabled()).isTrue();
        test(bulk("approve")).click();

        assertThat(queuedAuthors()).containsExactly("Vanna");
        assertThat(successNotices()).containsExactly("2 comments updated");
        assertThat(conflictNotices()).isEmpty();
        assertThat(selectedLabel()).isEqualTo("0 selected");
        assertThat(bulk("approve").isEnabled()).isFalse();
        assertThat(countLabel()).isEqualTo("1 Pending");
        assertThat(status(first)).isEqualTo("APPROVED");
        assertThat(status(third)).isEqualTo("APPROVED");
        assertThat(status(kept)).isEqualTo("PENDING");
    }

    @Test
    void aCommentAnotherModeratorDecidedMeanwhileIsLeftAsTheyDecidedAndTheNoticeSaysWho() {
        long decidedMeanwhile = comment("Sokha", "Seen by two moderators");
        long untouched = comment("Vanna", "Seen by one");
        navigate(ModerationView.class);
        test(grid()).select(0);
        test(grid()).select(1);

        // Kim rejects Sokha's comment while Dara's queue still shows it as it was
        otherModeratorDecides("kim", decidedMeanwhile, "REJECTED");
        test(bulk("approve")).click();

        assertThat(conflictNotices())
                .containsExactly("Not changed: the comment by Sokha is already Rejected (Kim decided first).");
        assertThat(successNotices()).containsExactly("1 comment updated");
        assertThat(status(decidedMeanwhile)).isEqualTo("REJECTED");
        assertThat(status(untouched)).isEqualTo("APPROVED");
        assertThat(jdbc.queryForList("SELECT moderator_name FROM comment_decision WHERE comment_id = ?", String.class,
                decidedMeanwhile)).containsExactly("Kim");
        assertThat(queuedAuthors()).isEmpty();
    }

    @Test
    void aDecisionInTheDetailsOnACommentThatIsGoneSaysSo() {
        long gone = comment("Sokha", "Soon deleted");
        navigate(ModerationView.class);
        test(grid()).clickRow(0);
        assertThat(detailsText()).contains("Comment by Sokha");

        jdbc.update("DELETE FROM comment WHERE id = ?", gone);
        test(detailsButton("decide-spam")).click();

        assertThat(conflictNotices()).containsExactly("Not changed: that comment no longer exists.");
        assertThat(successNotices()).isEmpty();
        assertThat(queuedAuthors()).isEmpty();
        assertThat(detailsText()).contains("click a comment to see it in full");
    }

    @Test
    void textThatBreaksTheRulesIsMarkedOnTheEditorAndKeptThenTheFixedTextIsApproved() {
        long id = comment("Sokha", "Typo'd text");
        navigate(ModerationView.class);
        test(grid()).clickRow(0);

        TextArea editor = editor();
        test(editor).setValue("   ");
        test(saveAndApprove()).click();
        assertThat(editor.isInvalid()).isTrue();
        assertThat(editor.getErrorMessage()).isEqualTo("Please write a comment.");
        assertThat(editor.getValue()).isEqualTo("   ");
        assertThat(warningNotices()).contains("Please check the text.");

        String tooLong = "x".repeat(CommentDraft.MAX_BODY + 1);
        test(editor).setValue(tooLong);
        test(saveAndApprove()).click();
        assertThat(editor.getErrorMessage())
                .isEqualTo("The comment can be at most 5,000 characters long. Please shorten it.");
        assertThat(editor.getValue()).isEqualTo(tooLong);
        assertThat(status(id)).isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("SELECT body_raw FROM comment WHERE id = ?", String.class, id))
                .isEqualTo("Typo'd text");
        assertThat(queuedAuthors()).containsExactly("Sokha");

        test(editor).setValue("Fixed text");
        test(saveAndApprove()).click();
        assertThat(status(id)).isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("SELECT body_raw FROM comment WHERE id = ?", String.class, id))
                .isEqualTo("Fixed text");
        assertThat(successNotices()).containsExactly("1 comment updated");
        assertThat(queuedAuthors()).isEmpty();
        // the details show the comment as it is now, with a fresh editor
        assertThat(find(ListItem.class, details()).withText("Status: Approved").exists()).isTrue();
        assertThat(editor().isInvalid()).isFalse();
        assertThat(editor().getValue()).isEqualTo("Fixed text");
    }

    @Test
    void choosingAReasonSwapsTheRejectButtonAndTheReasonGoesToTheCommenter() {
        CommentDraft wantsToHear = draft("Sokha", "Tell me what happens", "sokha@example.org");
        wantsToHear.setNotifyWhenPublished(true);
        long id = submissions.submit(postId, null, wantsToHear, reader());
        var reason = jdbc.queryForMap("SELECT label, text FROM rejection_reason ORDER BY position, id LIMIT 1");
        navigate(ModerationView.class);
        test(grid()).clickRow(0);

        Button plain = detailsButton("decide-rejected");
        assertThat(visibleInDetails("decide-rejected-with-reason")).isFalse();
        @SuppressWarnings("unchecked")
        ComboBox<Object> reasons = (ComboBox<Object>) find(ComboBox.class).withClassName("rejection-reason").single();
        test(reasons).selectItem((String) reason.get("label"));
        assertThat(plain.isVisible()).isFalse();
        assertThat(visibleInDetails("decide-rejected")).isFalse();

        test(detailsButton("decide-rejected-with-reason")).click();

        assertThat(status(id)).isEqualTo("REJECTED");
        assertThat(successNotices()).containsExactly("1 comment updated");
        // the reason's mail is queued after the commit, by the notification module's listener
        data.awaitModuleListeners();
        assertThat(jdbc.queryForList("SELECT body FROM outbox_mail WHERE to_address = 'sokha@example.org'", String.class))
                .singleElement().asString().contains((String) reason.get("text"));
    }

    @Test
    void blockingTheSenderAsksWhatToBlockCountsWhatItMarksAndInsistsOnAChoice() {
        long first = comment("Sokha", "Buy now");
        long second = comment("Sokha", "Buy again");
        long other = submissions.submit(postId, null, draft("Vanna", "A real comment", "vanna@example.org"), reader());
        navigate(ModerationView.class);
        test(grid()).clickRow(0);
        test(find(Button.class).withClassName("sender-block-open").single()).click();

        ConfirmDialog dialog = find(ConfirmDialog.class).withClassName("block-dialog").single();
        Checkbox email = find(Checkbox.class, dialog).withClassName("block-email").single();
        Paragraph total = find(Paragraph.class, dialog).withClassName("block-total").single();
        assertThat(email.getValue()).isTrue();
        assertThat(total.getText()).isEqualTo("2 comments will be marked as spam.");
        assertThat(find(Paragraph.class, dialog).withClassName("block-pick-one").exists()).isFalse();

        test(email).click();
        assertThat(total.getText()).isEqualTo("Nothing will be marked as spam.");
        confirmAsTheBrowserDoes(dialog);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(find(Paragraph.class, dialog).withClassName("block-pick-one").single().getText())
                .isEqualTo("Choose the email, the IP address or both.");
        assertThat(status(first)).isEqualTo("PENDING");

        test(email).click();
        confirmAsTheBrowserDoes(dialog);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(status(first)).isEqualTo("SPAM");
        assertThat(status(second)).isEqualTo("SPAM");
        assertThat(status(other)).isEqualTo("PENDING");
        assertThat(successNotices()).containsExactly("2 comments updated");
        assertThat(queuedAuthors()).containsExactly("Vanna");
    }

    @Test
    void anAuthorIsNotLetIntoTheQueue() {
        data.staff("malee", Role.AUTHOR);
        signIn("malee");

        assertThatThrownBy(() -> navigate(ModerationView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isNotInstanceOf(ModerationView.class);
        assertThat(find(Grid.class).exists()).isFalse();
    }

    @Test
    void nobodySignedInIsSentToTheSignInPage() {
        comment("Sokha", "Not for everyone");
        SecurityContextHolder.clearContext();

        assertThatThrownBy(() -> navigate(ModerationView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    /**
     * Confirms as the browser's dialog does: it closes itself, then tells the server. (The tester's
     * own confirm() closes the dialog after the listener ran, which undoes a listener keeping it
     * open.)
     */
    private static void confirmAsTheBrowserDoes(ConfirmDialog dialog) {
        dialog.close();
        ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, true));
    }

    /** What a second moderator's decision leaves in the database: the new status, version and record. */
    private void otherModeratorDecides(String username, long commentId, String status) {
        data.staff(username, Role.MODERATOR);
        String from = status(commentId);
        jdbc.update("UPDATE comment SET status = ?, version = version + 1 WHERE id = ?", status, commentId);
        jdbc.update("""
                INSERT INTO comment_decision (comment_id, moderator_account_id, moderator_name, from_status, to_status, decided_at)
                SELECT ?, id, display_name, ?, ?, NOW(6) FROM account WHERE username = ?""",
                commentId, from, status, username);
    }

    @SuppressWarnings("unchecked")
    private Grid<QueueItem> grid() {
        return find(Grid.class).withClassName("moderation-grid").single();
    }

    private List<String> queuedAuthors() {
        var grid = test(grid());
        return IntStream.range(0, grid.size()).mapToObj(row -> grid.getRow(row).authorName()).toList();
    }

    private String countLabel() {
        return find(Span.class).withClassName("moderation-count").single().getText();
    }

    private String selectedLabel() {
        return find(Span.class, find(Div.class).withClassName("moderation-bulk").single()).first().getText();
    }

    private Button bulk(String decision) {
        return find(Button.class).withClassName("moderation-" + decision + "-selected").single();
    }

    /** The comment on show beside the queue. */
    private CommentDetails details() {
        return find(CommentDetails.class).single();
    }

    private String detailsText() {
        return details().getElement().getTextRecursively();
    }

    /** Whether the details show such a button (queries find only what a person could see). */
    private boolean visibleInDetails(String className) {
        return find(Button.class, details()).withClassName(className).exists();
    }

    private Button detailsButton(String className) {
        return find(Button.class, details()).withClassName(className).single();
    }

    private TextArea editor() {
        return find(TextArea.class).withClassName("comment-edit").single();
    }

    private Button saveAndApprove() {
        return find(Button.class).withText("Save and approve").single();
    }

    private List<String> successNotices() {
        return notices(NotificationVariant.SUCCESS);
    }

    private List<String> warningNotices() {
        return notices(NotificationVariant.WARNING);
    }

    private List<String> conflictNotices() {
        return find(Notification.class).withClassName("moderation-conflict").all().stream()
                .filter(Notification::isOpened).map(notice -> test(notice).getText()).toList();
    }

    private List<String> notices(NotificationVariant theme) {
        return find(Notification.class).withTheme(theme).all().stream()
                .filter(Notification::isOpened).map(this::message).toList();
    }

    /** A notice's words: its text, or the text beside its buttons (the undo offer). */
    private String message(Notification notice) {
        return notice.getChildren().filter(Span.class::isInstance).map(span -> ((Span) span).getText())
                .findFirst().orElseGet(() -> test(notice).getText()).strip();
    }

    private String status(long commentId) {
        return jdbc.queryForObject("SELECT status FROM comment WHERE id = ?", String.class, commentId);
    }

    private long comment(String name, String body) {
        return submissions.submit(postId, null, draft(name, body, "reader@example.org"), reader());
    }

    private static CommentDraft draft(String name, String body, String email) {
        return new CommentDraft(name, email, "", body);
    }

    private static ReaderContext reader() {
        return new ReaderContext("198.51.100.4", ReaderTokens.newToken());
    }
}
