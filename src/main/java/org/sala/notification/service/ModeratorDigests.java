package org.sala.notification.service;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.sala.account.AccountService;
import org.sala.base.i18n.ReaderLocales;
import org.sala.base.site.SiteProperties;
import org.sala.mail.MailLinks;
import org.sala.mail.MailMessage;
import org.sala.mail.Outbox;
import org.sala.notification.domain.ModeratorDigest;
import org.sala.notification.domain.ModeratorDigestRepository;
import org.sala.notification.domain.WaitingComments;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Comments are waiting" for the moderators who asked for it: at most one mail an hour each, and
 * only when comments arrived since their last one.
 */
@Component
public class ModeratorDigests {

    static final Duration AT_MOST_EVERY = Duration.ofHours(1);
    private static final Locale LANGUAGE = ReaderLocales.SUPPORTED.getFirst();

    private final ModeratorDigestRepository digests;
    private final WaitingComments waiting;
    private final AccountService accounts;
    private final Outbox outbox;
    private final MailLinks links;
    private final I18NProvider translations;
    private final SiteProperties site;
    private final Clock clock;

    ModeratorDigests(ModeratorDigestRepository digests, WaitingComments waiting, AccountService accounts,
            Outbox outbox, MailLinks links, I18NProvider translations, SiteProperties site, Clock clock) {
        this.digests = digests;
        this.waiting = waiting;
        this.accounts = accounts;
        this.outbox = outbox;
        this.links = links;
        this.translations = translations;
        this.site = site;
        this.clock = clock;
    }

    /** Queues the digests due at {@code now}; returns how many. */
    @Transactional
    public int sendDue(Instant now) {
        long pending = waiting.countPending();
        if (pending == 0) {
            return 0;
        }
        int queued = 0;
        for (ModeratorDigest digest : digests.lockDue(now.minus(AT_MOST_EVERY))) {
            boolean newSinceLast = digest.getLastSentAt() == null || waiting.countPendingSince(digest.getLastSentAt()) > 0;
            String email = accounts.emailOf(digest.getAccountId()).orElse("");
            if (!newSinceLast || email.isBlank()) {
                continue;
            }
            outbox.queue(new MailMessage(email,
                    translations.getTranslation("mail.digest.subject", LANGUAGE, pending, site.name()),
                    translations.getTranslation("mail.digest.body", LANGUAGE, pending, links.absolute("staff/moderation")),
                    "moderator-digest"));
            digest.sent(now);
            queued++;
        }
        return queued;
    }
}
