package org.sala.newsletter.service;

import com.vaadin.flow.i18n.I18NProvider;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.sala.base.i18n.ReaderLocales;
import org.sala.base.site.SiteProperties;
import org.sala.mail.MailLinks;
import org.sala.mail.MailMessage;
import org.sala.newsletter.domain.NewsletterIssue;
import org.sala.newsletter.domain.Subscriber;
import org.springframework.stereotype.Component;

/**
 * The mailing list's mails, in the subscriber's language. Each carries an unsubscribe link in its
 * text and in the List-Unsubscribe headers (RFC 2369, and RFC 8058 one-click by POST).
 */
@Component
public class NewsletterMails {

    static final String CONFIRM_PATH = "newsletter/confirm";
    static final String UNSUBSCRIBE_PATH = "newsletter/unsubscribe";
    static final String ONE_CLICK_PATH = "newsletter/unsubscribe/one-click";

    private final I18NProvider translations;
    private final SubscriptionTokens tokens;
    private final MailLinks links;
    private final SiteProperties site;
    private final NewsletterProperties properties;

    NewsletterMails(I18NProvider translations, SubscriptionTokens tokens, MailLinks links, SiteProperties site,
            NewsletterProperties properties) {
        this.translations = translations;
        this.tokens = tokens;
        this.links = links;
        this.site = site;
        this.properties = properties;
    }

    public MailMessage confirmation(Subscriber subscriber) {
        Locale locale = locale(subscriber);
        // awaitConfirmation set it before this mail is made
        Instant sentAt = Objects.requireNonNull(subscriber.getConfirmationSentAt());
        String link = withToken(CONFIRM_PATH, tokens.confirmation(subscriber.getId(), subscriber.getEmail(),
                sentAt));
        String until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .format(sentAt.plus(properties.confirmationValidFor()).atZone(site.timeZone()));
        String body = text(locale, "mail.confirm.body", site.name(), link, until)
                + footer(subscriber, locale);
        return new MailMessage(subscriber.getEmail(), text(locale, "mail.confirm.subject", site.name()), body,
                unsubscribeHeaders(subscriber), "confirmation", null);
    }

    MailMessage newsletter(NewsletterIssue issue, Subscriber subscriber) {
        Locale locale = locale(subscriber);
        String body = issue.getTitle() + "\n\n" + issue.getExcerpt() + "\n\n"
                + text(locale, "mail.newsletter.read", issue.getLink()) + footer(subscriber, locale);
        return new MailMessage(subscriber.getEmail(), issue.getTitle(), body, unsubscribeHeaders(subscriber),
                topic(issue.getPostId()), "newsletter:" + issue.getPostId() + ":" + subscriber.getId());
    }

    static String topic(long postId) {
        return "newsletter:" + postId;
    }

    private String footer(Subscriber subscriber, Locale locale) {
        return "\n\n-- \n" + text(locale, "mail.unsubscribe", site.name(), unsubscribeLink(subscriber)) + "\n";
    }

    private Map<String, String> unsubscribeHeaders(Subscriber subscriber) {
        String token = tokens.unsubscribe(subscriber.getId(), subscriber.getEmail());
        return Map.of("List-Unsubscribe", "<" + withToken(ONE_CLICK_PATH, token) + ">",
                "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    private String unsubscribeLink(Subscriber subscriber) {
        return withToken(UNSUBSCRIBE_PATH, tokens.unsubscribe(subscriber.getId(), subscriber.getEmail()));
    }

    private String withToken(String path, String token) {
        return links.absolute(path) + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private String text(Locale locale, String key, Object... parameters) {
        return translations.getTranslation(key, locale, parameters);
    }

    private static Locale locale(Subscriber subscriber) {
        return ReaderLocales.supported(subscriber.getLocale()).orElse(ReaderLocales.SUPPORTED.getFirst());
    }
}
