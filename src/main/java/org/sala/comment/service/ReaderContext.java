package org.sala.comment.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.sala.base.web.ClientAddresses;

/**
 * Where a comment comes from: the reader's IP address, their browser's token (a random value in a
 * cookie that lets them see their own comment while it waits for a moderator), when the form was
 * shown and what the field hidden from people held (null for both when no form was involved).
 * An address that is not an IP literal (a forged forwarded header, say) becomes null: the comment
 * is then limited by the browser token and the email alone, and stored without an address.
 */
public record ReaderContext(@Nullable String ip, @Nullable String readerToken, @Nullable Instant formShownAt, @Nullable String trap) {

    public ReaderContext {
        ip = ClientAddresses.literalOrNull(ip);
    }

    public ReaderContext(@Nullable String ip, @Nullable String readerToken) {
        this(ip, readerToken, null, null);
    }
}
