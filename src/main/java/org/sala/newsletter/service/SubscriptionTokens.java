package org.sala.newsletter.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.sala.newsletter.domain.SigningKey;
import org.sala.newsletter.domain.SigningKeyRepository;
import org.springframework.security.crypto.keygen.KeyGenerators;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signed links for the mailing list: HMAC-SHA256 over what the link does, for which subscriber
 * and address, and until when. Nothing is stored per link; a link stops working when it expires,
 * when the address changes, or (for confirmation) when a newer confirmation mail was sent.
 * Token: {@code base64url(payload) "." base64url(mac)}; the email is signed but not in the link.
 */
@Component
public class SubscriptionTokens {

    private static final String ALGORITHM = "HmacSHA256";
    private static final String KEY_NAME = "subscription-links";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final NewsletterProperties properties;
    private final SigningKeyRepository keys;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private volatile @Nullable SecretKeySpec key;

    SubscriptionTokens(NewsletterProperties properties, SigningKeyRepository keys,
            PlatformTransactionManager transactions, Clock clock) {
        this.properties = properties;
        this.keys = keys;
        // Its own transaction: a key once used in a link must be stored, whatever the caller's fate.
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** What a valid link says. {@code stamp} is the confirmation mail's time (0 for unsubscribe links). */
    public record Claim(Purpose purpose, long subscriberId, long stamp, @Nullable Instant expiresAt) {}

    public enum Purpose {
        CONFIRM("c"),
        UNSUBSCRIBE("u");

        final String code;

        Purpose(String code) {
            this.code = code;
        }
    }

    String confirmation(long subscriberId, String email, Instant sentAt) {
        Instant expires = sentAt.plus(properties.confirmationValidFor());
        return sign(Purpose.CONFIRM.code + "|" + subscriberId + "|" + sentAt.toEpochMilli() + "|"
                + expires.getEpochSecond(), email);
    }

    /** Unsubscribe links work as long as the subscriber exists. */
    String unsubscribe(long subscriberId, String email) {
        return sign(Purpose.UNSUBSCRIBE.code + "|" + subscriberId + "|0|0", email);
    }

    /** The subscriber id the token names, read before the signature can be checked (which needs the email). */
    public Optional<Long> subscriberId(String token) {
        return payload(token).map(parts -> Long.parseLong(parts[1]));
    }

    /** The claim, if the token was signed by us for this email and has not expired. */
    public Optional<Claim> verify(String token, String email) {
        Optional<String[]> parts = payload(token);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
                StandardCharsets.UTF_8);
        byte[] given = Base64.getUrlDecoder().decode(token.substring(token.indexOf('.') + 1));
        if (!MessageDigest.isEqual(given, mac(payload, email))) {
            return Optional.empty();
        }
        String[] fields = parts.get();
        Purpose purpose = fields[0].equals(Purpose.CONFIRM.code) ? Purpose.CONFIRM : Purpose.UNSUBSCRIBE;
        long expires = Long.parseLong(fields[3]);
        return Optional.of(new Claim(purpose, Long.parseLong(fields[1]), Long.parseLong(fields[2]),
                expires == 0 ? null : Instant.ofEpochSecond(expires)));
    }

    public boolean expired(Claim claim) {
        return claim.expiresAt() != null && !clock.instant().isBefore(claim.expiresAt());
    }

    private Optional<String[]> payload(@Nullable String token) {
        if (token == null || token.length() > 300 || !token.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+")) {
            return Optional.empty();
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
                    StandardCharsets.UTF_8);
            String[] parts = payload.split("\\|");
            if (parts.length != 4 || !parts[0].matches("[cu]") || !parts[1].matches("\\d{1,18}")
                    || !parts[2].matches("\\d{1,18}") || !parts[3].matches("\\d{1,18}")) {
                return Optional.empty();
            }
            return Optional.of(parts);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String sign(String payload, String email) {
        return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + ENCODER.encodeToString(mac(payload, email));
    }

    private byte[] mac(String payload, String email) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key());
            return mac.doFinal((payload + "|" + email.toLowerCase(java.util.Locale.ROOT))
                    .getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            String secret = properties.tokenSecret().isEmpty() ? storedSecret() : properties.tokenSecret();
            current = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
            key = current;
        }
        return current;
    }

    /** The generated key, created on first use; the first one stored wins if two instances race. */
    private String storedSecret() {
        return transaction.execute(status -> {
            String generated = ENCODER.encodeToString(KeyGenerators.secureRandom(32).generateKey());
            keys.insertIfAbsent(KEY_NAME, generated, clock.instant());
            return keys.findById(KEY_NAME).map(SigningKey::getSecret).orElseThrow();
        });
    }
}
