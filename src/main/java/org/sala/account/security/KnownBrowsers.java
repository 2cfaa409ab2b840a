package org.sala.account.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.keygen.KeyGenerators;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Browsers that signed in to an account before. A successful sign-in leaves a cookie (HttpOnly,
 * SameSite=Lax, sent only to the sign-in page) whose name is an HMAC of the account, signed with a
 * key kept in the database ({@code signing_key}, so browsers stay known across restarts); such a
 * browser skips the account's sign-in delay, so that failures from elsewhere never keep the owner out.
 */
@Component
class KnownBrowsers {

    static final String PREFIX = "sala-known-";
    static final Duration REMEMBERED = Duration.ofDays(365);
    private static final String ALGORITHM = "HmacSHA256";
    private static final String KEY_NAME = "known-browsers";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private volatile @Nullable SecretKeySpec key;

    KnownBrowsers(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Whether this browser signed in to the account the name means before. */
    boolean isKnown(HttpServletRequest request, String username) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null || Arrays.stream(cookies).noneMatch(cookie -> cookie.getName().startsWith(PREFIX))) {
            return false;
        }
        String name = cookieName(username);
        return Arrays.stream(cookies).anyMatch(cookie -> cookie.getName().equals(name));
    }

    /** Marks this browser as known to the account (its canonical name, after a successful sign-in). */
    void remember(HttpServletRequest request, HttpServletResponse response, String username) {
        ResponseCookie cookie = ResponseCookie.from(cookieName(username), "1")
                .path(request.getContextPath() + "/login")
                .maxAge(REMEMBERED)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    String cookieName(String username) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key());
            byte[] signed = mac.doFinal(LoginThrottle.nameKey(username).getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(signed, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            current = new SecretKeySpec(storedSecret().getBytes(StandardCharsets.UTF_8), ALGORITHM);
            key = current;
        }
        return current;
    }

    /** Generated on first use and kept; the first one stored wins if two instances race. */
    private String storedSecret() {
        return Objects.requireNonNull(transaction.execute(status -> {
            String generated = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(KeyGenerators.secureRandom(32).generateKey());
            // The newsletter's table of generated keys (read here without its classes: no package cycle).
            jdbc.update("INSERT IGNORE INTO signing_key (name, secret, created_at) VALUES (?, ?, ?)", KEY_NAME,
                    generated, java.sql.Timestamp.from(clock.instant()));
            return Objects.requireNonNull(jdbc.queryForObject("SELECT secret FROM signing_key WHERE name = ?", String.class, KEY_NAME));
        }));
    }
}
