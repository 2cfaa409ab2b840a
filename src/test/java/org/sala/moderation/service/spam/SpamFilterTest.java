package org.sala.moderation.service.spam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.comment.CommentDraft;
import org.sala.comment.service.CommentSubmissionService;
import org.sala.comment.service.ReaderContext;
import org.sala.comment.service.ReaderTokens;
import org.sala.moderation.service.DecisionEntry;
import org.sala.moderation.service.ModerationService;
import org.sala.moderation.service.ModerationSettingsService;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The spam filter on MariaDB: every arriving comment gets a score kept beside it, a threshold
 * sends the obvious spam straight to spam and says so in its history, and the filter learns
 * again from the moderators' decisions once there are enough of them.
 */
@IntegrationTest
class SpamFilterTest {

    private static final String SPAMMY = "Earn $500 a day from home!!! Click here http://cash.example.biz and subscribe to my channel";
    private static final String FRIENDLY = "Thank you for the report, we will share it with the teachers in our district.";

    @Autowired
    TestData data;
    @Autowired
    SpamFilter filter;
    @Autowired
    ModerationService moderation;
    @Autowired
    ModerationSettingsService settings;
    @Autowired
    CommentSubmissionService submissions;
    @Autowired
    JdbcTemplate jdbc;

    private long postId;

    @BeforeEach
    void aPostAndTheBuiltInModel() {
        data.reset();
        builtInModelOnly();
        data.staff("dara", Role.MODERATOR);
        postId = data.post("Spam and the filter", true);
    }

    @Test
    void everyCommentIsScoredAndOnlyThresholdHoldersGoStraightToSpam() {
        long spam = comment(SPAMMY);
        long friendly = comment(FRIENDLY);

        double spamScore = score(spam);
        double friendlyScore = score(friendly);
        assertThat(spamScore).isBetween(0.0, 1.0).isGreaterThan(friendlyScore);
        assertThat(spamScore).as("the built-in model knows this kind").isGreaterThan(0.8);
        assertThat(friendlyScore).isLessThan(0.2);
        assertThat(status(spam)).as("no threshold: the score only informs").isEqualTo("PENDING");
        assertThat(as(() -> moderation.item(spam)).orElseThrow().spamScore()).isEqualTo(spamScore);

        as(() -> {
            settings.changeSpamThreshold(0.8);
            return null;
        });
        long caught = comment(SPAMMY + " today");
        long kept = comment(FRIENDLY + " 🙏");

        assertThat(status(caught)).isEqualTo("SPAM");
        assertThat(jdbc.queryForObject("SELECT rule FROM comment WHERE id = ?", String.class, caught)).isEqualTo("SPAM_FILTER");
        List<DecisionEntry> history = as(() -> moderation.history(caught));
        assertThat(history).singleElement().satisfies(entry -> {
            assertThat(entry.bySpamFilter()).isTrue();
            assertThat(entry.moderatorName()).startsWith("Spam filter (0.").endsWith(" ≥ 0.80)");
        });
        assertThat(status(kept)).isEqualTo("PENDING");
    }

    @Test
    void itLearnsAgainFromTheModeratorsDecisionsOnceThereAreEnough() {
        long before = filter.current().modelId();
        comment("Visit my shop for cheap rice cookers");
        assertThat(filter.retrain()).as("one comment is not enough to learn from").isFalse();

        for (int i = 0; i < 5; i++) {
            jdbc.update("UPDATE comment SET status = 'SPAM' WHERE id = ?", comment("Cheap rice cookers at my shop, number " + i));
            jdbc.update("UPDATE comment SET status = 'APPROVED' WHERE id = ?", comment("Our rice harvest was late this year " + i));
        }
        assertThat(filter.retrain()).isTrue();

        long after = filter.current().modelId();
        assertThat(after).isGreaterThan(before);
        assertThat(jdbc.queryForObject("SELECT built_in FROM spam_model WHERE id = ?", Boolean.class, after)).isFalse();
        long learned = comment("Cheap rice cookers, come to my shop");
        assertThat(jdbc.queryForObject("SELECT model_id FROM comment_spam_score WHERE comment_id = ?", Long.class, learned))
                .isEqualTo(after);
        assertThat(score(learned)).as("it learned the site's own spam").isGreaterThan(0.5);
    }

    /** The models these tests train go, so that every test (here and elsewhere) starts from the built-in one. */
    @AfterEach
    void builtInModelOnly() {
        jdbc.update("DELETE FROM spam_model");
        filter.forgetModel();
    }

    private long comment(String body) {
        return submissions.submit(postId, null, new CommentDraft("Reader", "reader@example.org", "", body),
                new ReaderContext("198.51.100.40", ReaderTokens.newToken()));
    }

    private double score(long id) {
        return jdbc.queryForObject("SELECT score FROM comment_spam_score WHERE comment_id = ?", Double.class, id);
    }

    private String status(long id) {
        return jdbc.queryForObject("SELECT status FROM comment WHERE id = ?", String.class, id);
    }

    private <T> T as(Supplier<T> work) {
        return data.asStaff("dara", Role.MODERATOR, work);
    }
}
