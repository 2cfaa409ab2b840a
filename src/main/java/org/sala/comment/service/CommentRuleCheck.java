package org.sala.comment.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sala.comment.CommentArrival;
import org.sala.comment.CommentAuthor;
import org.sala.comment.CommentRule;
import org.sala.comment.CommentRuleKind;
import org.sala.comment.CommentStatus;
import org.sala.comment.PostArrival;
import org.sala.comment.SpamCheck;
import org.sala.comment.TooManyLinks;
import org.sala.comment.domain.CommentRepository;
import org.sala.comment.domain.CommentRuleEntryRepository;
import org.sala.comment.domain.CommentSettings;
import org.sala.comment.domain.CommentSettingsRepository;
import org.springframework.data.domain.Limit;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the moderators' rules to an arriving comment, read from the database each time so that
 * a change applies to the next comment. The first rule that matches decides, in this order:
 * blocked sender, blocked word, the spam filter's threshold, too many links, watched word, then the post's own arrival setting or
 * the site's (known commenter published, publish and review after, or hold).
 */
@Component
public class CommentRuleCheck {

    /** How many words or IP ranges per list are scanned at most. */
    static final int MAX_SCANNED = 5_000;
    // A URL with a scheme or protocol-relative, or a bare www. address: each counts once.
    private static final Pattern LINK = Pattern.compile("(?i)(?:https?:)?//[^\\s/]+|\\bwww\\.[^\\s/]+");

    private final CommentSettingsRepository settings;
    private final CommentRuleEntryRepository entries;
    private final CommentRepository comments;
    private final PostArrival postArrival;
    private final Clock clock;

    CommentRuleCheck(CommentSettingsRepository settings, CommentRuleEntryRepository entries,
            CommentRepository comments, PostArrival postArrival, Clock clock) {
        this.postArrival = postArrival;
        this.settings = settings;
        this.entries = entries;
        this.comments = comments;
        this.clock = clock;
    }

    /** Where a comment goes and which rule sent it there; the note names what matched. */
    public record Verdict(CommentStatus status, CommentRule rule, @Nullable String note) {}

    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public Verdict check(long postId, CommentAuthor author, String rawText, SpamCheck.Assessment spam) {
        CommentSettings current = current();
        Optional<CommentArrival> ownArrival = postArrival.arrivalFor(postId);
        CommentArrival arrival = ownArrival.orElse(current.getArrival());
        String arrivalNote = ownArrival.isPresent() ? PostArrival.POST_SETTING : null;
        return blockedSender(author)
                .or(() -> word(CommentRuleKind.BLOCKED_WORD, author, rawText)
                        .map(word -> new Verdict(CommentStatus.SPAM, CommentRule.BLOCKED_WORD, word)))
                .or(() -> spam.isSpam() ? Optional.of(new Verdict(CommentStatus.SPAM, CommentRule.SPAM_FILTER,
                        String.format(Locale.ROOT, "%.2f ≥ %.2f", spam.score(), spam.threshold()))) : Optional.empty())
                .or(() -> tooManyLinks(current, rawText))
                .or(() -> word(CommentRuleKind.WATCHED_WORD, author, rawText)
                        .map(word -> new Verdict(CommentStatus.PENDING, CommentRule.WATCHED_WORD, word)))
                .or(() -> arrival(arrival, author, arrivalNote))
                .orElse(new Verdict(CommentStatus.PENDING, CommentRule.HOLD_ALL, arrivalNote));
    }

    /** Whether the settings (as saved now, not cached) close comments on a post published at that moment. */
    @Transactional(propagation = Propagation.MANDATORY, readOnly = true)
    public boolean closedByAge(@Nullable Instant publishedAt) {
        return new CommentClosing(current().getCloseAfterDays()).closes(publishedAt, clock.instant());
    }

    private CommentSettings current() {
        return settings.findById(CommentSettings.ID).orElseThrow();
    }

    private Optional<Verdict> blockedSender(CommentAuthor author) {
        String email = RuleValues.normalise(CommentRuleKind.BLOCKED_EMAIL, author.email()).orElse(author.email());
        if (entries.existsByKindAndValue(CommentRuleKind.BLOCKED_EMAIL, email)) {
            return Optional.of(new Verdict(CommentStatus.SPAM, CommentRule.BLOCKED_EMAIL, email));
        }
        List<String> domains = domainAndParents(RuleValues.domain(email.substring(email.lastIndexOf('@') + 1)));
        if (entries.existsByKindAndValueIn(CommentRuleKind.BLOCKED_DOMAIN, domains)) {
            return Optional.of(new Verdict(CommentStatus.SPAM, CommentRule.BLOCKED_DOMAIN, domains.getFirst()));
        }
        if (author.ip() != null) {
            for (String range : entries.findValues(CommentRuleKind.BLOCKED_IP, Limit.of(MAX_SCANNED))) {
                if (new IpAddressMatcher(range).matches(author.ip())) {
                    return Optional.of(new Verdict(CommentStatus.SPAM, CommentRule.BLOCKED_IP, range));
                }
            }
        }
        return Optional.empty();
    }

    /** mail.example.org is blocked by an entry for itself, example.org or org. */
    private static List<String> domainAndParents(String domain) {
        List<String> found = new ArrayList<>();
        for (String rest = domain; !rest.isEmpty(); rest = rest.indexOf('.') < 0 ? "" : rest.substring(rest.indexOf('.') + 1)) {
            found.add(rest);
        }
        return found;
    }

    /** The first word of the list found in anything the commenter sent. */
    private Optional<String> word(CommentRuleKind list, CommentAuthor author, String rawText) {
        String sent = RuleValues.text(String.join("\n", author.name(), author.email(),
                author.url() == null ? "" : author.url(), rawText));
        return entries.findValues(list, Limit.of(MAX_SCANNED)).stream().filter(sent::contains).findFirst();
    }

    private Optional<Verdict> tooManyLinks(CommentSettings current, String rawText) {
        if (current.getMaxLinks() == null) {
            return Optional.empty();
        }
        int links = countLinks(rawText);
        if (links <= current.getMaxLinks()) {
            return Optional.empty();
        }
        CommentStatus status = current.getTooManyLinks() == TooManyLinks.SPAM ? CommentStatus.SPAM : CommentStatus.PENDING;
        return Optional.of(new Verdict(status, CommentRule.TOO_MANY_LINKS, String.valueOf(links)));
    }

    static int countLinks(String text) {
        Matcher links = LINK.matcher(text);
        int count = 0;
        while (links.find()) {
            count++;
        }
        return count;
    }

    private Optional<Verdict> arrival(CommentArrival arrival, CommentAuthor author, @Nullable String note) {
        return switch (arrival) {
            case HOLD_ALL -> Optional.empty();
            case APPROVE_KNOWN -> comments.existsByAuthorEmailAndStatus(author.email(), CommentStatus.APPROVED)
                    ? Optional.of(new Verdict(CommentStatus.APPROVED, CommentRule.KNOWN_COMMENTER, note))
                    : Optional.empty();
            case PUBLISH_AND_REVIEW -> Optional.of(new Verdict(CommentStatus.APPROVED, CommentRule.REVIEW_AFTER, note));
        };
    }
}
