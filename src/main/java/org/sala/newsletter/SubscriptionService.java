package org.sala.newsletter;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sala.mail.Outbox;
import org.sala.newsletter.domain.Subscriber;
import org.sala.newsletter.domain.SubscriberRepository;
import org.sala.newsletter.domain.SubscriberStatus;
import org.sala.newsletter.service.InvalidSubscriptionException;
import org.sala.newsletter.service.LinkResult;
import org.sala.newsletter.service.NewsletterMails;
import org.sala.newsletter.service.NewsletterProperties;
import org.sala.newsletter.service.SubscriptionRequest;
import org.sala.newsletter.service.SubscriptionTokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readers join and leave the mailing list: double opt-in (a signed, expiring link by mail) and
 * unsubscribe links. The answer to a sign-up never tells whether the address was known, so the
 * form cannot be used to find out who subscribed.
 */
@Service
public class SubscriptionService {

    private final SubscriberRepository subscribers;
    private final NewsletterMails mails;
    private final SubscriptionTokens tokens;
    private final Outbox outbox;
    private final Validator validator;
    private final NewsletterProperties properties;
    private final Clock clock;

    SubscriptionService(SubscriberRepository subscribers, NewsletterMails mails, SubscriptionTokens tokens,
            Outbox outbox, Validator validator, NewsletterProperties properties, Clock clock) {
        this.subscribers = subscribers;
        this.mails = mails;
        this.tokens = tokens;
        this.outbox = outbox;
        this.validator = validator;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Signs the address up: a confirmation mail goes out, unless the address is confirmed already
     * or was sent one a moment ago.
     */
    @Transactional
    public void subscribe(SubscriptionRequest request, Locale locale) {
        validate(request);
        String email = request.email().toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        Optional<Subscriber> known = subscribers.findByEmail(email);
        if (known.isPresent() && known.get().getStatus() == SubscriberStatus.CONFIRMED) {
            return;
        }
        if (known.isPresent() && known.get().getStatus() == SubscriberStatus.PENDING
                && known.get().getConfirmationSentAt() != null
                && known.get().getConfirmationSentAt().plus(properties.resendAfter()).isAfter(now)) {
            return;
        }
        Subscriber subscriber = known.orElseGet(() -> subscribers.saveAndFlush(
                new Subscriber(email, request.name(), locale.toLanguageTag(), now)));
        subscriber.awaitConfirmation(request.name(), locale.toLanguageTag(), now);
        outbox.queue(mails.confirmation(subscriber));
    }

    @Transactional
    public LinkResult confirm(@Nullable String token) {
        return withClaim(token, SubscriptionTokens.Purpose.CONFIRM).map(found -> {
            Subscriber subscriber = found.subscriber();
            if (subscriber.getStatus() == SubscriberStatus.CONFIRMED) {
                return LinkResult.ALREADY_DONE;
            }
            boolean newest = subscriber.getConfirmationSentAt() != null
                    && subscriber.getConfirmationSentAt().toEpochMilli() == found.claim().stamp();
            if (!newest || subscriber.getStatus() != SubscriberStatus.PENDING) {
                return LinkResult.INVALID;
            }
            if (tokens.expired(found.claim())) {
                return LinkResult.EXPIRED;
            }
            subscriber.confirm(clock.instant());
            return LinkResult.DONE;
        }).orElse(LinkResult.INVALID);
    }

    @Transactional
    public LinkResult unsubscribe(@Nullable String token) {
        return withClaim(token, SubscriptionTokens.Purpose.UNSUBSCRIBE).map(found -> {
            if (found.subscriber().getStatus() == SubscriberStatus.UNSUBSCRIBED) {
                return LinkResult.ALREADY_DONE;
            }
            found.subscriber().unsubscribe(clock.instant());
            return LinkResult.DONE;
        }).orElse(LinkResult.INVALID);
    }

    /** Whether the token is a working unsubscribe link (the page asks before it unsubscribes). */
    @Transactional(readOnly = true)
    public boolean isUnsubscribeLink(@Nullable String token) {
        return withClaim(token, SubscriptionTokens.Purpose.UNSUBSCRIBE).isPresent();
    }

    private Optional<Found> withClaim(@Nullable String token, SubscriptionTokens.Purpose purpose) {
        if (token == null) {
            return Optional.empty();
        }
        return tokens.subscriberId(token).flatMap(subscribers::findById).flatMap(subscriber ->
                tokens.verify(token, subscriber.getEmail())
                        .filter(claim -> claim.purpose() == purpose && claim.subscriberId() == subscriber.getId())
                        .map(claim -> new Found(subscriber, claim)));
    }

    private void validate(SubscriptionRequest request) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (request.email().isEmpty()) {
            problems.put("email", "newsletter.error.email.required");
        }
        for (ConstraintViolation<SubscriptionRequest> violation : validator.validate(request)) {
            problems.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new InvalidSubscriptionException(problems);
        }
    }

    private record Found(Subscriber subscriber, SubscriptionTokens.Claim claim) {}
}
