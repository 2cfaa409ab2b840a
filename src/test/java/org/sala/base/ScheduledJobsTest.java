package org.sala.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.base.db.DatabaseProblems;
import org.sala.comment.CommentDraft;
import org.sala.comment.service.CommentSubmissionService;
import org.sala.comment.service.ReaderContext;
import org.sala.comment.service.ReaderTokens;
import org.sala.notification.service.DigestPreferencesService;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.util.ClassUtils;

/**
 * Every background job runs once as the scheduler runs it (the very task its component registered
 * with the scheduler) with work waiting for it, and does that work; and a job that uses the
 * database wrongly is reported as a bug, not as the database being away.
 */
@IntegrationTest
class ScheduledJobsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestData data;
    @Autowired
    DigestPreferencesService digestPreferences;
    @Autowired
    CommentSubmissionService submissions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyScheduledJobRunsOnceWithoutErrorAndDoesItsWork() {
        data.reset();
        data.staff("keeper", Role.MODERATOR);
        data.asStaff("keeper", Role.MODERATOR, () -> {
            digestPreferences.setWanted(true);
            return null;
        });
        long postId = data.post("Boats on the Mekong", true);
        submissions.submit(postId, null, new CommentDraft("Dara", "dara@example.org", "", "Is the ferry running?"),
                new ReaderContext("203.0.113.30", ReaderTokens.newToken()));

        List<String> ran = new ArrayList<>();
        for (ScheduledTaskHolder scheduler : context.getBeansOfType(ScheduledTaskHolder.class).values()) {
            for (ScheduledTask scheduled : scheduler.getScheduledTasks()) {
                // Named after its job: a method reference reads "org.sala.….OutboxSender$$Lambda/…".
                String job = scheduled.getTask().toString();
                if (!job.startsWith("org.sala.")) {
                    continue;
                }
                String owner = ClassUtils.getShortName(job.replaceFirst("\\$\\$Lambda.*", ""));
                assertThatCode(scheduled.getTask().getRunnable()::run).as(owner).doesNotThrowAnyException();
                ran.add(owner);
            }
        }

        assertThat(ran).contains("ModeratorDigestSchedule", "PublishingScheduler", "OutboxSender", "NewsletterFanOut");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_mail WHERE to_address = 'keeper@sala.example'"
                + " AND topic = 'moderator-digest' AND subject LIKE '1 comment waits%'", Integer.class))
                .as("the moderator's digest").isEqualTo(1);
    }

    @Test
    void usingTheDatabaseWronglyIsABugNotAnOutage() {
        assertThat(DatabaseProblems.isDatabaseProblem(new InvalidDataAccessApiUsageException("No active transaction")))
                .isFalse();
        assertThat(DatabaseProblems.isDatabaseProblem(new DataAccessResourceFailureException("Connection refused")))
                .isTrue();
        assertThat(DatabaseProblems.isDatabaseProblem(new IllegalStateException("wrapped",
                new InvalidDataAccessApiUsageException("No active transaction")))).isFalse();
    }
}
