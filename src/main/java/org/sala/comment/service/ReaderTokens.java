package org.sala.comment.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/** The browser tokens behind "your comment is awaiting moderation". Only their hashes are stored. */
public final class ReaderTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ReaderTokens() {}

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a cookie value looks like one of our tokens (and not something forged and huge). */
    public static boolean isWellFormed(@Nullable String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }

    public static final String COOKIE = "sala-reader";

    public static @Nullable String hash(@Nullable String token) {
        if (token == null || !isWellFormed(token)) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
