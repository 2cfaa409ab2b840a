package org.sala.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.comment.domain.CommentRepository;
import org.sala.comment.service.CommentSubmissionService;
import org.sala.comment.service.CommentThreadService;
import org.sala.comment.service.CommentsClosedException;
import org.sala.comment.service.ReaderContext;
import org.sala.comment.service.ReaderTokens;
import org.sala.moderation.service.BlockPreview;
import org.sala.moderation.service.DecisionResult;
import org.sala.moderation.service.ModerationService;
import org.sala.moderation.service.QueueItem;
import org.sala.post.PostPageService;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** The moderators' rules on the real database: each rule at its edges, the order, and blocking from the queue. */
@IntegrationTest
class CommentRulesTest {

    private static final String MODERATOR = "ruler";

    @Autowired
    TestData data;

    @Autowired
    CommentSubmissionService submissions;

    @Autowired
    CommentRuleService rules;

    @Autowired
    ModerationService moderation;

    @Autowired
    CommentThreadService threads;

    @Autowired
    CommentRepository comments;

    @Autowired
    PostPageService posts;

    @Autowired
    JdbcTemplate jdbc;

    private long postId;

    @BeforeEach
    void reset() {
        data.reset();
        data.staff(MODERATOR, Role.MODERATOR);
        postId = data.post("Rules of the house", true);
    }

    @Test
    void byDefaultEveryCommentIsHeldAndSaysSo() {
        Comment held = submit("reader@example.org", "203.0.113.10", "A plain question.");

        assertThat(held.getStatus()).isEqualTo(CommentStatus.PENDING);
        assertThat(held.getRule()).isEqualTo(CommentRule.HOLD_ALL);
        QueueItem item = asModerator(() -> moderation.item(held.getId()).orElseThrow());
        assertThat(item.rule()).isEqualTo(CommentRule.HOLD_ALL);
    }

    @Test
    void knownCommentersArePublishedAtOnceOnlyWhenTheSettingSaysSo() {
        Comment first = submit("known@example.org", "203.0.113.11", "My first words here.");
        data.approve(first.getId());
        Comment heldStill = submit("known@example.org", "203.0.113.11", "Second, while everything is held.");
        assertThat(heldStill.getStatus()).isEqualTo(CommentStatus.PENDING);

        settings(CommentArrival.APPROVE_KNOWN, 2, TooManyLinks.HOLD, null);

        Comment published = submit("Known@Example.org", "203.0.113.11", "Third, published at once.");
        assertThat(published.getStatus()).isEqualTo(CommentStatus.APPROVED);
        assertThat(published.getRule()).isEqualTo(CommentRule.KNOWN_COMMENTER);
        assertThat(posts.published(data.address(postId).slug()).orElseThrow().commentCount()).isEqualTo(2);
        Comment stranger = submit("new@example.org", "203.0.113.12", "Never approved before.");
        assertThat(stranger.getStatus()).isEqualTo(CommentStatus.PENDING);
        // Only an approved comment makes a commenter known: a pending one does not.
        Comment stillUnknown = submit("new@example.org", "203.0.113.12", "Still waiting for my first.");
        assertThat(stillUnknown.getStatus()).isEqualTo(CommentStatus.PENDING);
    }

    @Test
    void linksAreCountedAndTheLimitHoldsOrSpamsAboveItNotAtIt() {
        settings(CommentArrival.APPROVE_KNOWN, 2, TooManyLinks.HOLD, null);
        data.approve(submit("linker@example.org", "203.0.113.13", "Hello.").getId());

        Comment atLimit = submit("linker@example.org", "203.0.113.13",
                "See https://example.org/a and [the report](https://www.example.org/b).");
        assertThat(atLimit.getStatus()).isEqualTo(CommentStatus.APPROVED);

        Comment overLimit = submit("linker@example.org", "203.0.113.13",
                "See https://example.org/a, www.example.net and //example.com/c.");
        assertThat(overLimit.getStatus()).isEqualTo(CommentStatus.PENDING);
        assertThat(overLimit.getRule()).isEqualTo(CommentRule.TOO_MANY_LINKS);
        assertThat(overLimit.getRuleNote()).isEqualTo("3");

        settings(CommentArrival.APPROVE_KNOWN, 0, TooManyLinks.SPAM, null);
        Comment oneLink = submit("linker@example.org", "203.0.113.13", "Only http://example.org here.");
        assertThat(oneLink.getStatus()).isEqualTo(CommentStatus.SPAM);
        assertThat(oneLink.getRule()).isEqualTo(CommentRule.TOO_MANY_LINKS);

        settings(CommentArrival.APPROVE_KNOWN, null, TooManyLinks.SPAM, null);
        Comment noLimit = submit("linker@example.org", "203.0.113.13",
                "https://a.example https://b.example https://c.example https://d.example");
        assertThat(noLimit.getStatus()).isEqualTo(CommentStatus.APPROVED);
    }

    @Test
    void blockedWordsAreSpamAndWatchedWordsAreHeldEvenForKnownCommenters() {
        settings(CommentArrival.APPROVE_KNOWN, 2, TooManyLinks.HOLD, null);
        data.approve(submit("words@example.org", "203.0.113.14", "Hello.").getId());
        AddedRuleEntries blocked = asModerator(() -> rules.add(CommentRuleKind.BLOCKED_WORD, "Cheap Pills\nคาสิโน\nx"));
        assertThat(blocked.added()).isEqualTo(2);
        assertThat(blocked.invalid()).containsExactly("x");
        asModerator(() -> rules.add(CommentRuleKind.WATCHED_WORD, "trafficker"));

        // Case, full-width letters and repeated spaces fold away; Thai matches inside running text.
        assertThat(submit("words@example.org", "203.0.113.14", "Buy ＣＨＥＡＰ   pills now").getStatus())
                .isEqualTo(CommentStatus.SPAM);
        Comment thai = submit("words@example.org", "203.0.113.14", "เล่นคาสิโนออนไลน์ได้ที่นี่");
        assertThat(thai.getStatus()).isEqualTo(CommentStatus.SPAM);
        assertThat(thai.getRule()).isEqualTo(CommentRule.BLOCKED_WORD);
        assertThat(thai.getRuleNote()).isEqualTo("คาสิโน");
        // The name counts too.
        assertThat(submit("words@example.org", "203.0.113.14", "Nothing here.", "cheap pills shop").getStatus())
                .isEqualTo(CommentStatus.SPAM);

        Comment watched = submit("words@example.org", "203.0.113.14", "Who reports a TRAFFICKER safely?");
        assertThat(watched.getStatus()).isEqualTo(CommentStatus.PENDING);
        assertThat(watched.getRule()).isEqualTo(CommentRule.WATCHED_WORD);
        assertThat(watched.getRuleNote()).isEqualTo("trafficker");
        assertThat(submit("words@example.org", "203.0.113.14", "Nothing watched here.").getStatus())
                .isEqualTo(CommentStatus.APPROVED);
    }

    @Test
    void blockedEmailsDomainsAndIpRangesAreSpamAndTheWriterStillSeesTheirCommentWaiting() {
        AddedRuleEntries added = asModerator(() -> {
            rules.add(CommentRuleKind.BLOCKED_EMAIL, "Spammer@Example.org");
            rules.add(CommentRuleKind.BLOCKED_DOMAIN, "@junk.example\nnot a domain");
            return rules.add(CommentRuleKind.BLOCKED_IP, "198.51.100.0/24\n2001:db8::/32\n198.51.100.0/33\nexample.org");
        });
        assertThat(added.added()).isEqualTo(2);
        assertThat(added.invalid()).containsExactly("198.51.100.0/33", "example.org");

        ReaderContext spammer = new ReaderContext("192.0.2.50", ReaderTokens.newToken());
        long byEmail = submissions.submit(postId, null, draft("S", "spammer@example.org", "Hello"), spammer);
        assertThat(comments.findById(byEmail).orElseThrow())
                .extracting(Comment::getStatus, Comment::getRule)
                .containsExactly(CommentStatus.SPAM, CommentRule.BLOCKED_EMAIL);
        assertThat(threads.page(postId, "", spammer.readerToken(), 50).comments())
                .anySatisfy(shown -> assertThat(shown.pending()).isTrue());
        assertThat(threads.page(postId, "", ReaderTokens.newToken(), 50).comments()).isEmpty();

        assertThat(submit("a@mail.junk.example", "192.0.2.51", "Hi").getRule()).isEqualTo(CommentRule.BLOCKED_DOMAIN);
        assertThat(submit("a@notjunk.example", "192.0.2.51", "Hi").getStatus()).isEqualTo(CommentStatus.PENDING);

        // The range's edges: .0 and .255 are in, the next address is not.
        assertThat(submit("b@example.net", "198.51.100.0", "Hi 1").getRule()).isEqualTo(CommentRule.BLOCKED_IP);
        assertThat(submit("b@example.net", "198.51.100.255", "Hi 2").getRule()).isEqualTo(CommentRule.BLOCKED_IP);
        assertThat(submit("b@example.net", "198.51.101.0", "Hi 3").getRule()).isEqualTo(CommentRule.HOLD_ALL);
        assertThat(submit("b@example.net", "2001:db8:1::7", "Hi 4").getRule()).isEqualTo(CommentRule.BLOCKED_IP);
    }

    @Test
    void commentsCloseOnPostsOlderThanTheSettingSays() {
        jdbc.update("UPDATE post SET published_at = ? WHERE id = ?", Instant.now().minusSeconds(10L * 86_400 + 60), postId);
        settings(CommentArrival.HOLD_ALL, 2, TooManyLinks.HOLD, 11);
        assertThat(submit("late@example.org", "203.0.113.20", "Still open at ten days.").getStatus())
                .isEqualTo(CommentStatus.PENDING);

        settings(CommentArrival.HOLD_ALL, 2, TooManyLinks.HOLD, 10);
        assertThatThrownBy(() -> submit("late@example.org", "203.0.113.20", "Closed after ten days."))
                .isInstanceOf(CommentsClosedException.class);
        Instant published = posts.publishedAt(postId).orElseThrow();
        assertThat(submissions.takesComments(true, published)).isFalse();
        assertThat(submissions.takesComments(true, Instant.now().minusSeconds(86_400))).isTrue();
    }

    @Test
    void settingsAreCheckedAndAStaleSaveIsRefused() {
        CommentRuleSettings seen = asModerator(rules::settings);
        assertThatThrownBy(() -> settings(CommentArrival.HOLD_ALL, 101, TooManyLinks.HOLD, 0))
                .isInstanceOfSatisfying(InvalidRuleException.class, invalid -> assertThat(invalid.problems())
                        .containsEntry("maxLinks", "rules.error.links-range")
                        .containsEntry("closeAfterDays", "rules.error.days-range"));

        settings(CommentArrival.APPROVE_KNOWN, 5, TooManyLinks.SPAM, 30);
        CommentRuleSettings now = asModerator(rules::settings);
        assertThat(now.updatedBy()).isEqualTo("Ruler");
        assertThat(now).extracting(CommentRuleSettings::arrival, CommentRuleSettings::maxLinks,
                CommentRuleSettings::tooManyLinks, CommentRuleSettings::closeAfterDays)
                .containsExactly(CommentArrival.APPROVE_KNOWN, 5, TooManyLinks.SPAM, 30);
        assertThatThrownBy(() -> asModerator(() -> rules.save(seen))).isInstanceOf(RuleSettingsChangedException.class);
    }

    @Test
    void onlyModeratorsAndAdminsSeeOrChangeTheRules() {
        data.staff("penny", Role.AUTHOR);
        assertThatThrownBy(rules::settings).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> data.asStaff("penny", Role.AUTHOR, () -> rules.add(CommentRuleKind.BLOCKED_WORD, "xyz")))
                .isInstanceOf(AccessDeniedException.class);
        data.staff("boss", Role.ADMIN);
        assertThat(data.asStaff("boss", Role.ADMIN, () -> rules.add(CommentRuleKind.BLOCKED_WORD, "spam offer")).added())
                .isEqualTo(1);
    }

    @Test
    void listsArePagedFilteredAndRepeatsAreNotAddedTwice() {
        asModerator(() -> rules.add(CommentRuleKind.WATCHED_WORD, "alpha one\nalpha two\nbeta\n50%_off"));
        AddedRuleEntries again = asModerator(() -> rules.add(CommentRuleKind.WATCHED_WORD, "ALPHA ONE\ngamma"));
        assertThat(again.added()).isEqualTo(1);
        assertThat(again.alreadyListed()).isEqualTo(1);

        assertThat(asModerator(() -> rules.count(CommentRuleKind.WATCHED_WORD, null))).isEqualTo(5);
        assertThat(asModerator(() -> rules.entries(CommentRuleKind.WATCHED_WORD, "Alpha", 0, 10)))
                .extracting(entry -> entry.value()).containsExactlyInAnyOrder("alpha one", "alpha two");
        assertThat(asModerator(() -> rules.entries(CommentRuleKind.WATCHED_WORD, "%_", 0, 10)))
                .extracting(entry -> entry.value()).containsExactly("50%_off");
        assertThat(asModerator(() -> rules.entries(CommentRuleKind.WATCHED_WORD, null, 1, 2))).hasSize(2);
        assertThat(asModerator(() -> rules.count(CommentRuleKind.BLOCKED_WORD, null))).isZero();

        long beta = asModerator(() -> rules.entries(CommentRuleKind.WATCHED_WORD, "beta", 0, 1)).getFirst().id();
        asModerator(() -> {
            rules.remove(beta);
            return null;
        });
        assertThat(asModerator(() -> rules.count(CommentRuleKind.WATCHED_WORD, null))).isEqualTo(4);
    }

    @Test
    void aModeratorBlocksACommenterFromTheQueueAndUnblocksThem() {
        Comment first = submit("pest@example.org", "192.0.2.77", "First junk.");
        Comment second = submit("pest@example.org", "192.0.2.78", "Second junk.");
        Comment sameIp = submit("other@example.org", "192.0.2.77", "Same address, other email.");
        Comment bystander = submit("fine@example.org", "192.0.2.99", "A fair question.");
        QueueItem item = asModerator(() -> moderation.item(first.getId()).orElseThrow());

        DecisionResult result = asModerator(() -> moderation.block(item.ref(), true, true));

        assertThat(result.applied()).containsExactlyInAnyOrder(first.getId(), second.getId(), sameIp.getId());
        assertThat(List.of(first, second, sameIp, bystander)).extracting(c -> comments.findById(c.getId()).orElseThrow().getStatus())
                .containsExactly(CommentStatus.SPAM, CommentStatus.SPAM, CommentStatus.SPAM, CommentStatus.PENDING);
        assertThat(asModerator(() -> moderation.blocked(first.getId())).email()).isTrue();
        assertThat(asModerator(() -> moderation.history(second.getId())))
                .singleElement().satisfies(entry -> assertThat(entry.moderatorName()).isEqualTo("Ruler"));
        assertThat(submit("pest@example.org", "192.0.2.200", "Back again.").getRule()).isEqualTo(CommentRule.BLOCKED_EMAIL);
        assertThat(submit("new@example.org", "192.0.2.77", "From the same place.").getRule())
                .isEqualTo(CommentRule.BLOCKED_IP);

        asModerator(() -> {
            moderation.unblock(first.getId());
            return null;
        });
        assertThat(asModerator(() -> moderation.blocked(first.getId())).any()).isFalse();
        assertThat(submit("pest@example.org", "192.0.2.77", "Reformed.").getStatus()).isEqualTo(CommentStatus.PENDING);
    }

    @Test
    void blockingOnlyTheEmailLeavesTheAddressAlone() {
        Comment pest = submit("only-email@example.org", "192.0.2.80", "Junk.");
        Comment neighbour = submit("neighbour@example.org", "192.0.2.80", "Shared connection.");
        QueueItem item = asModerator(() -> moderation.item(pest.getId()).orElseThrow());

        asModerator(() -> moderation.block(item.ref(), true, false));

        assertThat(comments.findById(neighbour.getId()).orElseThrow().getStatus()).isEqualTo(CommentStatus.PENDING);
        assertThat(asModerator(() -> moderation.blocked(pest.getId()))).extracting(b -> b.email(), b -> b.ip())
                .containsExactly(true, false);
    }

    @Test
    void beforeBlockingTheModeratorSeesHowManyWaitingCommentsEachChoiceMarksAsSpam() {
        Comment pest = submit("counted@example.org", "192.0.2.90", "Junk one.");
        Comment elsewhere = submit("counted@example.org", "192.0.2.91", "Junk two, from elsewhere.");
        Comment again = submit("counted@example.org", "192.0.2.90", "Junk three.");
        Comment neighbour = submit("neighbour@example.org", "192.0.2.90", "Shared connection.");
        Comment cafe = submit("cafe@example.org", "192.0.2.90", "Same café wifi.");
        Comment approved = submit("counted@example.org", "192.0.2.90", "Once a fair comment.");
        data.approve(approved.getId());
        data.approve(submit("approved-neighbour@example.org", "192.0.2.90", "Approved, same address.").getId());
        data.decide(submit("counted@example.org", "192.0.2.92", "Already spam.").getId(), CommentStatus.SPAM);
        data.decide(submit("binned@example.org", "192.0.2.90", "Rejected, same address.").getId(), CommentStatus.REJECTED);
        Comment stranger = submit("stranger@example.org", "198.51.100.9", "Unrelated.");

        BlockPreview preview = asModerator(() -> moderation.blockPreview(pest.getId()));

        assertThat(preview.fromEmail()).isEqualTo(3);
        assertThat(preview.fromIp()).isEqualTo(4);
        assertThat(preview.marked(true, false)).isEqualTo(3);
        assertThat(preview.marked(false, true)).isEqualTo(4);
        // pest and "again" come from both: counted once
        assertThat(preview.marked(true, true)).isEqualTo(5);
        assertThat(preview.marked(false, false)).isZero();
        // Blocking from an approved comment marks that one too, beside the waiting ones.
        assertThat(asModerator(() -> moderation.blockPreview(approved.getId())).marked(true, false)).isEqualTo(4);

        QueueItem item = asModerator(() -> moderation.item(pest.getId()).orElseThrow());
        DecisionResult result = asModerator(() -> moderation.block(item.ref(), true, false));

        assertThat(result.applied()).hasSize((int) preview.marked(true, false))
                .containsExactlyInAnyOrder(pest.getId(), elsewhere.getId(), again.getId());
        assertThat(List.of(neighbour, cafe, stranger)).extracting(c -> comments.findById(c.getId()).orElseThrow().getStatus())
                .containsOnly(CommentStatus.PENDING);
        assertThat(comments.findById(approved.getId()).orElseThrow().getStatus()).isEqualTo(CommentStatus.APPROVED);
    }

    @Test
    void aCommentWithoutAnIpAddressCountsNothingFromAnAddress() {
        submit("other@example.org", "192.0.2.95", "Has an address.");
        submit("also-no-ip@example.org", null, "No address known either.");
        Comment noAddress = submit("no-ip@example.org", null, "No address known.");

        BlockPreview preview = asModerator(() -> moderation.blockPreview(noAddress.getId()));

        assertThat(preview.fromIp()).isZero();
        assertThat(preview.fromEmail()).isEqualTo(1);
    }

    private Comment submit(String email, String ip, String body) {
        return submit(email, ip, body, "Reader");
    }

    private Comment submit(String email, String ip, String body, String name) {
        long id = submissions.submit(postId, null, draft(name, email, body), new ReaderContext(ip, ReaderTokens.newToken()));
        return comments.findById(id).orElseThrow();
    }

    private void settings(CommentArrival arrival, Integer maxLinks, TooManyLinks tooManyLinks, Integer closeAfterDays) {
        asModerator(() -> {
            long version = rules.settings().version();
            return rules.save(new CommentRuleSettings(arrival, maxLinks, tooManyLinks, closeAfterDays, null, null, version));
        });
    }

    private <T> T asModerator(java.util.function.Supplier<T> work) {
        return data.asStaff(MODERATOR, Role.MODERATOR, work);
    }

    private static CommentDraft draft(String name, String email, String body) {
        return new CommentDraft(name, email, "", body);
    }
}
