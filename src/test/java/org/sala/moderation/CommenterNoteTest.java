package org.sala.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.comment.CommentDraft;
import org.sala.comment.service.CommentSubmissionService;
import org.sala.comment.service.ReaderContext;
import org.sala.comment.service.ReaderTokens;
import org.sala.moderation.domain.CommentQueueFilter;
import org.sala.moderation.service.CommenterNoteService;
import org.sala.moderation.service.CommenterNoteView;
import org.sala.moderation.service.ModerationService;
import org.sala.moderation.service.QueueItem;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/** Moderators' notes on a commenter, on MariaDB: kept by email whatever its case, beside each of their comments. */
@IntegrationTest
class CommenterNoteTest {

    @Autowired
    TestData data;
    @Autowired
    CommenterNoteService notes;
    @Autowired
    ModerationService moderation;
    @Autowired
    CommentSubmissionService submissions;

    private long postId;

    @BeforeEach
    void aPost() {
        data.reset();
        data.staff("dara", Role.MODERATOR);
        postId = data.post("Notes on commenters", true);
    }

    @Test
    void aNoteGoesWithEveryCommentFromTheEmailUntilItIsEmptied() {
        comment("Lina", "Lina@Example.org", "First from Lina");
        comment("Lina", "lina@example.org", "Second from Lina");
        comment("Sokha", "sokha@example.org", "From Sokha");

        CommenterNoteView saved = as(() -> notes.save("LINA@example.org", "  Works with a partner NGO in Battambang 🤝 ខ្មែរ  "))
                .orElseThrow();

        assertThat(saved.text()).isEqualTo("Works with a partner NGO in Battambang 🤝 ខ្មែរ");
        assertThat(saved.updatedBy()).isEqualTo("Dara");
        List<QueueItem> queue = as(() -> moderation.queue(CommentQueueFilter.pending(), 0, 10));
        assertThat(queue).filteredOn(item -> item.authorName().equals("Lina"))
                .extracting(item -> item.commenterNote() == null ? null : item.commenterNote().text())
                .containsExactly(saved.text(), saved.text());
        assertThat(queue).filteredOn(item -> item.authorName().equals("Sokha"))
                .extracting(QueueItem::commenterNote).containsExactly((CommenterNoteView) null);

        assertThatThrownBy(() -> as(() -> notes.save("lina@example.org", "x".repeat(CommenterNoteService.MAX_NOTE + 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(as(() -> notes.note("lina@example.org"))).map(CommenterNoteView::text).contains(saved.text());

        assertThat(as(() -> notes.save("lina@example.org", "   "))).isEmpty();
        assertThat(as(() -> notes.note("lina@example.org"))).isEmpty();
    }

    private void comment(String name, String email, String body) {
        submissions.submit(postId, null, new CommentDraft(name, email, "", body),
                new ReaderContext("198.51.100.30", ReaderTokens.newToken()));
    }

    private <T> T as(Supplier<T> work) {
        return data.asStaff("dara", Role.MODERATOR, work);
    }
}
