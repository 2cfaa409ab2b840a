package org.sala.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.comment.domain.CommentRepository;
import org.sala.comment.service.CommentRefusedException;
import org.sala.comment.service.CommentSubmissionService;
import org.sala.comment.service.CommentThreadService;
import org.sala.comment.service.CommentsClosedException;
import org.sala.comment.service.ReaderContext;
import org.sala.comment.service.ReaderTokens;
import org.sala.comment.service.ThreadComment;
import org.sala.comment.service.ThreadPage;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class CommentSubmissionServiceTest {

    private static final ReaderContext READER = new ReaderContext("203.0.113.7", ReaderTokens.newToken());
    private static final ReaderContext OTHER_READER = new ReaderContext("203.0.113.8", ReaderTokens.newToken());

    @Autowired
    TestData data;

    @Autowired
    CommentSubmissionService submissions;

    @Autowired
    CommentThreadService threads;

    @Autowired
    CommentRepository comments;

    private long postId;

    @BeforeEach
    void reset() {
        data.reset();
        postId = data.post("Open for answers", true);
    }

    @Test
    void aCommentIsSanitisedAndTheRawTextKeptForModerators() {
        String raw = """
                **Thank you** for the report, see [the annex](https://example.org/annex).
                <script>alert('x')</script><img src=x onerror=alert(1)>
                <a href="javascript:alert(2)">click</a> and [another](javascript:alert(3))

                > quoted
                """;

        long id = submissions.submit(postId, null, draft("Sokha", raw), READER);

        Comment stored = comments.findById(id).orElseThrow();
        assertThat(stored.getStatus()).isEqualTo(CommentStatus.PENDING);
        // Only the surrounding blank space goes: moderators see what was typed.
        assertThat(stored.getBodyRaw()).isEqualTo(raw.strip());
        assertThat(stored.getBodyHtml())
                .contains("<strong>Thank you</strong>")
                .contains("<a href=\"https://example.org/annex\" rel=\"nofollow ugc noopener\">the annex</a>")
                .contains("<blockquote>")
                .doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("onerror")
                .doesNotContainIgnoringCase("javascript:")
                .doesNotContainIgnoringCase("<img");
        assertThat(stored.getSanitizerReport()).contains("<script>").contains("<img>");
        assertThat(stored.getAuthorIp()).isEqualTo("203.0.113.7");
    }

    @Test
    void theCommenterSeesTheirPendingCommentAndNobodyElseDoes() {
        long id = submissions.submit(postId, null, draft("Sokha", "Waiting for a moderator."), READER);

        assertThat(threads.page(postId, "", READER.readerToken(), 50).comments())
                .extracting(ThreadComment::id, ThreadComment::pending).containsExactly(tuple(id, true));
        assertThat(threads.page(postId, "", OTHER_READER.readerToken(), 50).comments()).isEmpty();
        assertThat(threads.page(postId, "", null, 50).comments()).isEmpty();
        assertThat(threads.approvedCount(postId)).isZero();
    }

    @Test
    void badFieldsAreReportedFieldByFieldAndNothingIsStored() {
        CommentDraft empty = new CommentDraft(" ", "", "", "");
        assertThatThrownBy(() -> submissions.submit(postId, null, empty, READER))
                .isInstanceOfSatisfying(InvalidCommentException.class, invalid -> assertThat(invalid.problems())
                        .containsEntry("name", "comment.error.name.required")
                        .containsEntry("email", "comment.error.email.required")
                        .containsEntry("body", "comment.error.body.required"));

        CommentDraft bad = new CommentDraft("Bell\u0007", "not-an-email", "javascript:alert(1)",
                "x".repeat(CommentDraft.MAX_BODY + 1));
        assertThatThrownBy(() -> submissions.submit(postId, null, bad, READER))
                .isInstanceOfSatisfying(InvalidCommentException.class, invalid -> assertThat(invalid.problems())
                        .containsEntry("name", "comment.error.control-characters")
                        .containsEntry("email", "comment.error.email.invalid")
                        .containsKey("website")
                        .containsEntry("body", "comment.error.body.too-long"));

        assertThat(comments.count()).isZero();
    }

    @Test
    void aBodyOfExactlyTheLimitIsAccepted() {
        String longest = "ก".repeat(CommentDraft.MAX_BODY);
        long id = submissions.submit(postId, null, draft("Malee", longest), READER);
        assertThat(comments.findById(id).orElseThrow().getBodyRaw()).isEqualTo(longest);
    }

    @Test
    void fourByteCharactersAndMekongScriptsAreKeptExactly() {
        String name = "ស្រីល័ក្ខ 🙂 𠀀";
        String body = "မင်္ဂလာပါ ສະບາຍດີ สวัสดีครับ Xin chào 你好 👍🏽🇰🇭 𩸽";

        long id = submissions.submit(postId, null, draft(name, body), READER);

        Comment stored = comments.findById(id).orElseThrow();
        assertThat(stored.getAuthorName()).isEqualTo(name);
        assertThat(stored.getBodyRaw()).isEqualTo(body);
        assertThat(stored.getBodyHtml()).isEqualTo("<p>" + body + "</p>\n");
    }

    @Test
    void aClosedPostTakesNoComments() {
        long closed = data.post("Closed to answers", false);

        assertThatThrownBy(() -> submissions.submit(closed, null, draft("Sokha", "Hello"), READER))
                .isInstanceOf(CommentsClosedException.class);
        assertThat(comments.count()).isZero();
    }

    @Test
    void repliesGoOnlyUnderApprovedCommentsOfTheSamePost() {
        long pending = submissions.submit(postId, null, draft("Sokha", "First"), READER);

        assertThatThrownBy(() -> submissions.submit(postId, pending, draft("Dara", "Reply"), OTHER_READER))
                .isInstanceOfSatisfying(InvalidCommentException.class,
                        invalid -> assertThat(invalid.problems()).containsKey("parent"));

        data.approve(pending);
        long reply = submissions.submit(postId, pending, draft("Dara", "Reply"), OTHER_READER);
        Comment stored = comments.findById(reply).orElseThrow();
        assertThat(stored.getParentId()).isEqualTo(pending);
        assertThat(stored.getDepth()).isEqualTo(1);

        long otherPost = data.post("Another post", true);
        assertThatThrownBy(() -> submissions.submit(otherPost, pending, draft("Dara", "Wrong post"), OTHER_READER))
                .isInstanceOf(InvalidCommentException.class);
    }

    @Test
    void longThreadsComeInPagesInThreadOrder() {
        long first = submissions.submit(postId, null, draft("A", "first"), READER);
        data.approve(first);
        for (int i = 0; i < 60; i++) {
            data.approve(submissions.submit(postId, null, draft("Reader " + i, "comment " + i), READER));
        }
        long reply = submissions.submit(postId, first, draft("B", "reply to first"), OTHER_READER);
        data.approve(reply);
        long deeper = submissions.submit(postId, reply, draft("C", "reply to reply"), READER);
        data.approve(deeper);

        ThreadPage page1 = threads.page(postId, "", null, 25);
        assertThat(page1.hasMore()).isTrue();
        assertThat(page1.comments()).hasSize(25);
        assertThat(page1.comments()).extracting(ThreadComment::id).startsWith(first, reply, deeper);
        assertThat(page1.comments()).extracting(ThreadComment::depth).startsWith(0, 1, 2);

        List<Long> seen = new ArrayList<>(page1.comments().stream().map(ThreadComment::id).toList());
        ThreadPage page = page1;
        while (page.hasMore()) {
            page = threads.page(postId, page.lastPath(), null, 25);
            seen.addAll(page.comments().stream().map(ThreadComment::id).toList());
        }
        assertThat(seen).hasSize(63).doesNotHaveDuplicates();
        assertThat(threads.approvedCount(postId)).isEqualTo(63);
    }

    @Test
    void theSameCommentTwiceIsADuplicateButAnotherTextIsNot() {
        submissions.submit(postId, null, draft("Sokha", "Where can I find the checklist?"), READER);

        assertThatThrownBy(() -> submissions.submit(postId, null, draft("Sokha", "Where can I find the checklist?\n"),
                OTHER_READER))
                .isInstanceOfSatisfying(InvalidCommentException.class,
                        invalid -> assertThat(invalid.problems()).containsEntry("body", "comment.error.duplicate"));
        submissions.submit(postId, null, draft("Sokha", "And the helpline cards?"), READER);
        assertThat(comments.count()).isEqualTo(2);
    }

    @Test
    void aFilledHiddenFieldOrAFormSentAtOnceIsRefusedAndNothingStored() {
        ReaderContext bot = new ReaderContext("192.0.2.66", ReaderTokens.newToken(), Instant.now().minusSeconds(60),
                "https://spam.example");
        assertThatThrownBy(() -> submissions.submit(postId, null, draft("Bot", "Buy now"), bot))
                .isInstanceOf(CommentRefusedException.class);

        ReaderContext hasty = new ReaderContext("192.0.2.67", ReaderTokens.newToken(), Instant.now().plusSeconds(5), "");
        assertThatThrownBy(() -> submissions.submit(postId, null, draft("Bot", "Buy now"), hasty))
                .isInstanceOf(CommentRefusedException.class);

        ReaderContext person = new ReaderContext("192.0.2.68", ReaderTokens.newToken(), Instant.now().minusSeconds(30), "");
        submissions.submit(postId, null, draft("Person", "A real question."), person);
        assertThat(comments.count()).isEqualTo(1);
    }

    @Test
    void anAddressThatIsNoIpLiteralIsStoredAsNoneAndTheCommentIsStillTaken() {
        for (String notAnAddress : List.of("1".repeat(300), "not-an-ip", "sala.example", "203.0.113.7, 10.0.0.1")) {
            long id = submissions.submit(postId, null, draft("Sokha", "From " + notAnAddress),
                    new ReaderContext(notAnAddress, ReaderTokens.newToken()));

            Comment stored = comments.findById(id).orElseThrow();
            assertThat(stored.getStatus()).as(notAnAddress).isEqualTo(CommentStatus.PENDING);
            assertThat(stored.getAuthorIp()).as(notAnAddress).isNull();
        }
        long ipv6 = submissions.submit(postId, null, draft("Dara", "From IPv6"),
                new ReaderContext("2001:DB8::7", ReaderTokens.newToken()));
        assertThat(comments.findById(ipv6).orElseThrow().getAuthorIp()).isEqualTo("2001:db8:0:0:0:0:0:7");
    }

    private static CommentDraft draft(String name, String body) {
        return new CommentDraft(name, "reader@example.org", "", body);
    }
}
