package org.sala.post.service;

import org.sala.post.PostListService;
import org.sala.post.PostSummary;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The scheduler reads the time from its Clock and the due posts from the database: a scheduler
 * started later (as after a restart) with a clock past the due time publishes what waited.
 */
@IntegrationTest
class PublishingSchedulerTest {

    @Autowired
    TestData data;

    @Autowired
    PostEditingService editing;

    @Autowired
    ScheduledPublishing publishing;

    @Autowired
    PostListService lists;

    @Autowired
    PublishingProperties properties;

    @BeforeEach
    void anAuthor() {
        data.reset();
        data.staff("malee", Role.AUTHOR);
    }

    @Test
    void aSchedulerWhoseClockIsPastTheDueTimePublishesThePost() {
        Instant due = Instant.now().plus(Duration.ofDays(2));
        PostDraft draft = new PostDraft();
        draft.setTitle("Two days ahead");
        draft.setBody("Soon.");
        data.asStaff("malee", Role.AUTHOR, () -> editing.schedule(draft, due));

        new PublishingScheduler(publishing, Clock.fixed(due.minusSeconds(1), Clock.systemUTC().getZone()), properties)
                .publishDuePosts();
        assertThat(titles()).isEmpty();

        new PublishingScheduler(publishing, Clock.fixed(due.plusSeconds(1), Clock.systemUTC().getZone()), properties)
                .publishDuePosts();
        assertThat(titles()).containsExactly("Two days ahead");
    }

    private List<String> titles() {
        return lists.frontPage(1).posts().stream().map(PostSummary::title).toList();
    }
}
