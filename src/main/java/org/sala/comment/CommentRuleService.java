package org.sala.comment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sala.account.AccountService;
import org.sala.base.cache.ReaderContentChanged;
import org.sala.base.cache.SiteCaches;
import org.sala.base.text.LikePatterns;
import org.sala.comment.domain.CommentRuleEntry;
import org.sala.comment.domain.CommentRuleEntryRepository;
import org.sala.comment.domain.CommentSettings;
import org.sala.comment.domain.CommentSettingsRepository;
import org.sala.comment.service.RuleValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The moderators' rules for arriving comments: the settings and the word and sender lists. */
@Service
@PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
public class CommentRuleService {

    /** Lines one "add" may hold; a longer paste is refused rather than half applied. */
    public static final int MAX_LINES = 500;
    private static final Logger log = LoggerFactory.getLogger(CommentRuleService.class);

    private final CommentSettingsRepository settings;
    private final CommentRuleEntryRepository entries;
    private final AccountService accounts;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CommentRuleService(CommentSettingsRepository settings, CommentRuleEntryRepository entries, AccountService accounts,
            Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.settings = settings;
        this.entries = entries;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CommentRuleSettings settings() {
        CommentSettings current = settings.findById(CommentSettings.ID).orElseThrow();
        return new CommentRuleSettings(current.getArrival(), current.getMaxLinks(), current.getTooManyLinks(),
                current.getCloseAfterDays(), current.getUpdatedAt(), current.getUpdatedBy(), current.getVersion());
    }

    /**
     * Saves the settings if nobody changed them since {@code changed.version()}.
     *
     * @throws InvalidRuleException when a number is out of range
     * @throws RuleSettingsChangedException when somebody saved in between
     */
    @Transactional
    @CacheEvict(cacheNames = SiteCaches.COMMENT_SETTINGS, allEntries = true)
    public CommentRuleSettings save(CommentRuleSettings changed) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (changed.arrival() == null) {
            problems.put("arrival", "rules.error.required");
        }
        if (changed.maxLinks() != null && (changed.maxLinks() < 0 || changed.maxLinks() > CommentRuleSettings.MAX_LINKS_LIMIT)) {
            problems.put("maxLinks", "rules.error.links-range");
        }
        if (changed.closeAfterDays() != null
                && (changed.closeAfterDays() < 1 || changed.closeAfterDays() > CommentRuleSettings.MAX_DAYS)) {
            problems.put("closeAfterDays", "rules.error.days-range");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRuleException(problems);
        }
        CommentSettings current = settings.findById(CommentSettings.ID).orElseThrow();
        if (current.getVersion() != changed.version()) {
            throw new RuleSettingsChangedException(current.getUpdatedBy());
        }
        String by = accounts.current().displayName();
        current.change(changed.arrival(), changed.maxLinks(),
                changed.tooManyLinks() == null ? TooManyLinks.HOLD : changed.tooManyLinks(), changed.closeAfterDays(),
                by, clock.instant());
        settings.flush();
        // posts show their form or "closed" by the closing rule
        events.publishEvent(new ReaderContentChanged("comment rules changed"));
        log.info("Comment rules changed by {}: arrival {}, max links {} ({}), close after {} days", by,
                current.getArrival(), current.getMaxLinks(), current.getTooManyLinks(), current.getCloseAfterDays());
        return settings();
    }

    @Transactional(readOnly = true)
    public List<RuleEntry> entries(CommentRuleKind kind, String filter, long offset, int limit) {
        return entries.findPage(kind.name(), likePattern(kind, filter), offset, limit).stream().map(CommentRuleService::entry)
                .toList();
    }

    @Transactional(readOnly = true)
    public long count(CommentRuleKind kind, String filter) {
        return entries.countPage(kind.name(), likePattern(kind, filter));
    }

    /** Adds each line that is a valid, new entry; lines that are not valid are returned as typed. */
    @Transactional
    public AddedRuleEntries add(CommentRuleKind kind, String lines) {
        List<String> typed = lines == null ? List.of() : lines.lines().map(String::strip).filter(line -> !line.isEmpty())
                .toList();
        if (typed.size() > MAX_LINES) {
            throw new InvalidRuleException(Map.of("lines", "rules.error.too-many-lines"));
        }
        Set<String> valid = new LinkedHashSet<>();
        List<String> invalid = new ArrayList<>();
        for (String line : typed) {
            RuleValues.normalise(kind, line).ifPresentOrElse(valid::add, () -> invalid.add(line));
        }
        String by = accounts.current().displayName();
        int added = 0;
        for (String value : valid) {
            if (!entries.existsByKindAndValue(kind, value)) {
                entries.save(new CommentRuleEntry(kind, value, by, clock.instant()));
                added++;
            }
        }
        if (added > 0) {
            log.info("{} added {} entries to {}", by, added, kind);
        }
        return new AddedRuleEntries(added, valid.size() - added, List.copyOf(invalid));
    }

    @Transactional
    public void remove(long entryId) {
        entries.findById(entryId).ifPresent(entry -> {
            entries.delete(entry);
            log.info("{} removed '{}' from {}", accounts.current().displayName(), entry.getValue(), entry.getKind());
        });
    }

    /** Whether the commenter's exact email and IP address are blocked. */
    @Transactional(readOnly = true)
    public BlockedSender blocked(String email, @Nullable String ip) {
        return new BlockedSender(value(CommentRuleKind.BLOCKED_EMAIL, email).map(found ->
                entries.existsByKindAndValue(CommentRuleKind.BLOCKED_EMAIL, found)).orElse(false),
                value(CommentRuleKind.BLOCKED_IP, ip).map(found ->
                        entries.existsByKindAndValue(CommentRuleKind.BLOCKED_IP, found)).orElse(false));
    }

    /** Puts the email and/or the IP address (null for neither) on the block lists. */
    @Transactional
    public void block(@Nullable String email, @Nullable String ip) {
        value(CommentRuleKind.BLOCKED_EMAIL, email).ifPresent(found -> add(CommentRuleKind.BLOCKED_EMAIL, found));
        value(CommentRuleKind.BLOCKED_IP, ip).ifPresent(found -> add(CommentRuleKind.BLOCKED_IP, found));
    }

    /** Takes the exact email and IP address off the block lists (ranges that hold the address stay). */
    @Transactional
    public void unblock(String email, @Nullable String ip) {
        String by = accounts.current().displayName();
        value(CommentRuleKind.BLOCKED_EMAIL, email).ifPresent(found -> {
            if (entries.deleteByKindAndValue(CommentRuleKind.BLOCKED_EMAIL, found) > 0) {
                log.info("{} unblocked the email {}", by, found);
            }
        });
        value(CommentRuleKind.BLOCKED_IP, ip).ifPresent(found -> {
            if (entries.deleteByKindAndValue(CommentRuleKind.BLOCKED_IP, found) > 0) {
                log.info("{} unblocked the IP address {}", by, found);
            }
        });
    }

    private static Optional<String> value(CommentRuleKind kind, @Nullable String given) {
        return given == null ? Optional.empty() : RuleValues.normalise(kind, given);
    }

    private static @Nullable String likePattern(CommentRuleKind kind, @Nullable String filter) {
        if (filter == null || filter.isBlank()) {
            return null;
        }
        String normal = switch (kind) {
            case BLOCKED_WORD, WATCHED_WORD -> RuleValues.text(filter);
            default -> filter.strip().toLowerCase(Locale.ROOT);
        };
        return LikePatterns.containing(normal);
    }

    private static RuleEntry entry(CommentRuleEntry entry) {
        return new RuleEntry(entry.getId(), entry.getKind(), entry.getValue(), entry.getCreatedBy(), entry.getCreatedAt());
    }
}
