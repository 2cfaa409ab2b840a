package org.sala.account.security;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.sala.account.domain.AccountRepository;
import org.sala.base.i18n.ReaderLocales;
import org.sala.base.site.SiteProperties;
import org.sala.mail.MailLinks;
import org.sala.mail.MailMessage;
import org.sala.mail.Outbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells an account's owner of repeated failed sign-ins (the throttle decides when: at most once an
 * hour). The mail is queued once per account and hour even if several instances count.
 */
@Component
class SignInWarnings {

    static final String TOPIC = "sign-in-failures";
    private static final Locale LANGUAGE = ReaderLocales.SUPPORTED.getFirst();

    private final AccountRepository accounts;
    private final Outbox outbox;
    private final MailLinks links;
    private final I18NProvider translations;
    private final SiteProperties site;
    private final Clock clock;

    SignInWarnings(AccountRepository accounts, Outbox outbox, MailLinks links, I18NProvider translations,
            SiteProperties site, Clock clock) {
        this.accounts = accounts;
        this.outbox = outbox;
        this.links = links;
        this.translations = translations;
        this.site = site;
        this.clock = clock;
    }

    /** Queues the mail to the account the name means, if there is one with an address. */
    @Transactional
    public void failedRepeatedly(String username, int failures) {
        accounts.findByUsername(username)
                .filter(account -> account.getEmail() != null && !account.getEmail().isBlank())
                .ifPresent(account -> outbox.queueOnce(new MailMessage(Objects.requireNonNull(account.getEmail()),
                        translations.getTranslation("mail.sign-in-failures.subject", LANGUAGE, failures, site.name()),
                        translations.getTranslation("mail.sign-in-failures.body", LANGUAGE, failures, site.name(),
                                links.absolute("login")),
                        Map.of(), TOPIC,
                        TOPIC + ":" + account.getId() + ":" + clock.instant().getEpochSecond() / 3600)));
    }
}
