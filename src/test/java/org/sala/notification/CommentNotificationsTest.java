package org.sala.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.comment.CommentDraft;
import org.sala.comment.CommentStatus;
import org.sala.comment.service.CommentSubmissionService;
import org.sala.comment.service.ReaderContext;
import org.sala.comment.service.ReaderTokens;
import org.sala.moderation.service.ModerationService;
import org.sala.moderation.service.ReasonTemplate;
import org.sala.moderation.service.RejectionReasonService;
import org.sala.notification.service.DigestPreferencesService;
import org.sala.notification.service.ModeratorDigests;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Mail to commenters only once a comment is approved (or rejected with a reason they asked to
 * hear), each at most once; and the moderators' hourly digest. Checked in the outbox table.
 */
@IntegrationTest
class CommentNotificationsTest {

    private static final ReaderContext READER = new ReaderContext("203.0.113.20", ReaderTokens.newToken());

    @Autowired
    CommentSubmissionService submissions;
    @Autowired
    ModerationService moderation;
    @Autowired
    RejectionReasonService reasons;
    @Autowired
    DigestPreferencesService digestPreferences;
    @Autowired
    ModeratorDigests digests;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    long postId;

    @BeforeEach
    void post() {
        data.reset();
        data.staff("keeper", Role.MODERATOR);
        postId = data.post("Floods in Vientiane", true);
    }

    @Test
    void onlyApprovalMailsTheCommenterAndOnlyOnce() {
        long rejected = comment("spammer@example.org", "Buy now", true, true, null);
        long spam = comment("victim@example.org", "Cheap pills", true, true, null);
        long kept = comment("nok@example.org", "The water rose fast.", true, false, null);
        assertThat(mails()).isEmpty();

        data.decide(rejected, CommentStatus.REJECTED);
        data.decide(spam, CommentStatus.SPAM);
        assertThat(mails()).isEmpty();

        data.approve(kept);
        data.decide(kept, CommentStatus.PENDING);
        data.approve(kept);
        assertThat(mails()).hasSize(1);
        Map<String, Object> mail = mails().getFirst();
        assertThat(mail.get("to_address")).isEqualTo("nok@example.org");
        assertThat((String) mail.get("subject")).isEqualTo("Your comment on “Floods in Vientiane” is published");
        assertThat((String) mail.get("body")).containsPattern("https?://\\S+/\\d{4}/\\d{2}/floods-in-vientiane#comment-" + kept);
    }

    @Test
    void aCommentTheRulesPublishAtOnceMailsItsWriterAndOneTheyMarkAsSpamDoesNot() {
        data.approve(comment("known@example.org", "My first comment here.", false, false, null));
        jdbc.update("UPDATE comment_settings SET arrival = 'APPROVE_KNOWN'");
        jdbc.update("INSERT INTO comment_rule_entry (kind, value, created_at, created_by) VALUES ('BLOCKED_WORD', 'cheap pills', NOW(6), 'test')");

        long published = comment("known@example.org", "Back with a second thought.", true, false, null);
        comment("known@example.org", "Cheap pills for everyone", true, true, null);

        assertThat(jdbc.queryForObject("SELECT status FROM comment WHERE id = ?", String.class, published)).isEqualTo("APPROVED");
        assertThat(mails()).singleElement().satisfies(mail -> assertThat((String) mail.get("body")).contains("#comment-" + published));
    }

    @Test
    void aReplyMailsTheParentsAuthorOnceItIsApproved() {
        long parent = comment("nok@example.org", "Where is the shelter?", false, true, null);
        long silent = comment("dara@example.org", "No mail for me.", false, false, null);
        data.approve(parent);
        data.approve(silent);
        long reply = comment("somchai@example.org", "At the temple school.", false, false, parent);
        long ownReply = comment("nok@example.org", "Thanks, found it.", false, false, parent);
        assertThat(mails()).isEmpty();

        data.approve(reply);
        data.approve(ownReply);
        data.asStaff("keeper", Role.MODERATOR, () -> moderation.reply(moderation.item(silent).orElseThrow().ref(),
                "Staff answer to someone who asked for no mail."));

        assertThat(mails()).extracting(row -> row.get("to_address")).containsExactly("nok@example.org");
        assertThat((String) mails().getFirst().get("subject")).isEqualTo("Somchai replied to your comment on “Floods in Vientiane”");
        assertThat((String) mails().getFirst().get("body")).contains("#comment-" + reply);
    }

    @Test
    void aRejectionReasonReachesACommenterWhoAskedWithoutTheirText() {
        long asked = comment("nok@example.org", "My phone is 081 234 5678", true, false, null);
        long notAsked = comment("dara@example.org", "Off topic ramble", false, false, null);
        ReasonTemplate personalData = data.asStaff("keeper", Role.MODERATOR, () -> reasons.list().stream()
                .filter(reason -> reason.label().equals("Personal data")).findFirst().orElseThrow());

        data.asStaff("keeper", Role.MODERATOR, () -> moderation.rejectWithReason(moderation.item(asked).orElseThrow().ref(),
                personalData.id()));
        data.asStaff("keeper", Role.MODERATOR, () -> moderation.rejectWithReason(moderation.item(notAsked).orElseThrow().ref(),
                personalData.id()));

        assertThat(jdbc.queryForObject("SELECT status FROM comment WHERE id = ?", String.class, asked)).isEqualTo("REJECTED");
        assertThat(jdbc.queryForObject("SELECT status FROM comment WHERE id = ?", String.class, notAsked)).isEqualTo("REJECTED");
        assertThat(mails()).hasSize(1);
        assertThat(mails().getFirst().get("to_address")).isEqualTo("nok@example.org");
        assertThat((String) mails().getFirst().get("body")).contains(personalData.text()).doesNotContain("081 234 5678");
    }

    @Test
    void moderatorsWhoAskGetAtMostOneDigestAnHourAndOnlyForNewComments() {
        data.staff("keeper", Role.MODERATOR);
        data.staff("quiet", Role.MODERATOR);
        data.asStaff("keeper", Role.MODERATOR, () -> {
            digestPreferences.setWanted(true);
            return null;
        });
        Instant now = Instant.now();
        assertThat(digests.sendDue(now)).as("nothing waits").isZero();

        comment("nok@example.org", "First", false, false, null);
        assertThat(digests.sendDue(now)).isEqualTo(1);
        comment("dara@example.org", "Second", false, false, null);
        assertThat(digests.sendDue(now.plus(Duration.ofMinutes(30)))).as("within the hour").isZero();
        assertThat(digests.sendDue(now.plus(Duration.ofMinutes(61)))).isEqualTo(1);
        assertThat(digests.sendDue(now.plus(Duration.ofMinutes(125)))).as("nothing new since").isZero();

        assertThat(mails()).extracting(row -> row.get("to_address")).containsOnly("keeper@sala.example");
        assertThat((String) mails().getLast().get("subject")).startsWith("2 comments wait for moderation");
    }

    private long comment(String email, String text, boolean whenPublished, boolean replies, Long parentId) {
        CommentDraft draft = new CommentDraft(email.substring(0, 1).toUpperCase() + email.substring(1, email.indexOf('@')),
                email, "", text);
        draft.setNotifyWhenPublished(whenPublished);
        draft.setNotifyReplies(replies);
        return submissions.submit(postId, parentId, draft, READER);
    }

    private List<Map<String, Object>> mails() {
        data.awaitModuleListeners();
        return jdbc.queryForList("SELECT to_address, subject, body FROM outbox_mail ORDER BY id");
    }
}
