package org.sala.site.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * A reader page as it is sent: the HTML once plain and once compressed, its entity tag and when
 * it was made. Held by {@link ReaderPageCache}; nothing in it belongs to any one reader.
 *
 * @param generation the cache's generation when rendering began: a page made from content that
 *     changed meanwhile is never served
 * @param freshUntil when it must be made again even if nothing changed (comments close)
 */
record RenderedPage(int status, String language, byte[] html, byte[] gzip, String etag, Instant madeAt,
        Instant freshUntil, long generation, @Nullable String location) {

    static RenderedPage of(int status, String language, String html, Instant madeAt, Instant freshUntil,
            long generation) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        return new RenderedPage(status, language, bytes, gzip(bytes), etag(bytes), madeAt, freshUntil, generation, null);
    }

    /** The page lives at another address (a post asked for under another month): never kept. */
    static RenderedPage redirect(String location, long generation) {
        return new RenderedPage(301, "", new byte[0], new byte[0], "", Instant.now(), Instant.now(), generation, location);
    }

    int weight() {
        return html.length + gzip.length + 200;
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
