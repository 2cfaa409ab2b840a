package org.sala.comment.service;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sala.base.web.SenderBuckets;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Limits per IP address, per email and per browser token: a comment goes through only when each
 * of them has a token left for the minute and for the day, so rotating addresses and emails from
 * one browser does not lift the limit. An unknown address (not an IP literal) or a missing token
 * is no key: the others still count.
 */
@Component
@EnableConfigurationProperties(CommentLimits.class)
public class CommentFloodGuard {

    private final SenderBuckets buckets;

    public CommentFloodGuard(CommentLimits limits, Clock clock) {
        this.buckets = new SenderBuckets(limits.perMinute(), limits.perDay(), clock);
    }

    /** Takes a token for the sender, or says how long they must wait (and takes nothing). */
    public Optional<Duration> admit(@Nullable String ip, String email, @Nullable String readerToken) {
        List<String> keys = new ArrayList<>(3);
        if (ip != null) {
            keys.add("ip:" + ip);
        }
        keys.add("email:" + (email == null ? "-" : email.toLowerCase(Locale.ROOT)));
        String tokenHash = ReaderTokens.hash(readerToken);
        if (tokenHash != null) {
            keys.add("reader:" + tokenHash);
        }
        return buckets.admit(keys);
    }
}
