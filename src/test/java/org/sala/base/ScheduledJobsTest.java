package org.sala.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.base.db.DatabaseProblems;
import org.sala.comment.CommentDraft;
import org.sala.comment.service.CommentSubmissionService;
import org.sala.comment.service.ReaderContext;
import org.sala.comment.service.ReaderTokens;
import org.sala.notification.service.DigestPreferences;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Every background job runs once as the scheduler runs it (on the bean Spring made, so through
 * its proxies) with work waiting for it, and does that work; and a job that uses the database
 * wrongly is reported as a bug, not as the database being away.
 */
@IntegrationTest
class ScheduledJobsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestData data;
    @Autowired
    DigestPreferences digestPreferences;
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
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null || !ClassUtils.getUserClass(type).getName().startsWith("org.sala.")) {
                continue;
            }
            for (Method method : ClassUtils.getUserClass(type).getDeclaredMethods()) {
                if (AnnotatedElementUtils.hasAnnotation(method, Scheduled.class)) {
                    Object bean = context.getBean(name);
                    Method invocable = AopUtils.selectInvocableMethod(method, bean.getClass());
                    ReflectionUtils.makeAccessible(invocable);
                    assertThatCode(() -> invocable.invoke(bean)).as(ClassUtils.getUserClass(type).getSimpleName() + "." + method.getName())
                            .doesNotThrowAnyException();
                    ran.add(ClassUtils.getUserClass(type).getSimpleName() + "." + method.getName());
                }
            }
        }

        assertThat(ran).contains("ModeratorDigestSchedule.sendDue", "PublishingScheduler.publishDuePosts",
                "OutboxSender.sendScheduled", "NewsletterFanOut.fanOutScheduled");
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
