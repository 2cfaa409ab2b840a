package org.sala.base.ui;

import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The Content-Security-Policy of the pages Vaadin serves: only scripts from this site, and
 * inline scripts that carry the nonce made for this one response, may run. Vaadin's own
 * bootstrap scripts get the nonce; a script (or an {@code onerror=} handler, or a
 * {@code javascript:} link) that markup injection smuggles into the page does not, so it does
 * not run. Vaadin Flow still needs {@code 'unsafe-eval'}: its client engine runs the
 * expressions the server sends (executeJs, event data) by constructing functions, and it needs
 * inline styles. Every other response gets {@link #OTHER_RESPONSES} from Spring Security,
 * which leaves a policy already set here alone.
 */
public final class ContentSecurityPolicy {

    public static final String HEADER = "Content-Security-Policy";
    private static final String COMMON = "default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    /** For feeds, media, errors and anything else that is not a Vaadin page: no script at all. */
    public static final String OTHER_RESPONSES = COMMON + "; script-src 'none'";
    /**
     * For cached reader pages, the same for every reader: no inline script at all (a nonce would
     * be the same for everyone), only the site's own files, and what Vaadin's client needs once
     * the reader script starts it.
     */
    public static final String CACHED_PAGES = COMMON + "; script-src 'self' 'unsafe-eval'";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ContentSecurityPolicy() {}

    static void apply(IndexHtmlResponse response) {
        String nonce = newNonce();
        response.getVaadinResponse().setHeader(HEADER, forPage(nonce));
        response.getDocument().getElementsByTag("script").attr("nonce", nonce);
    }

    static String forPage(String nonce) {
        return COMMON + "; script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'";
    }

    private static String newNonce() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
