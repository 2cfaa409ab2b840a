package org.sala.comment;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sala.comment.service.ReaderTokens;

/**
 * The browser token (cookie {@code sala-reader}) that lets a commenter see their own comment while
 * it waits for a moderator, and tells one reader's report from another's.
 */
public final class ReaderCookie {

    public static final String NAME = ReaderTokens.COOKIE;
    private static final int ONE_YEAR = 60 * 60 * 24 * 365;

    private ReaderCookie() {}

    public static Optional<String> read() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(cookie -> NAME.equals(cookie.getName()))
                .map(Cookie::getValue).filter(ReaderTokens::isWellFormed).findFirst();
    }

    /** The token of this browser, given to it now if it had none. */
    public static String readOrCreate() {
        return read().orElseGet(() -> {
            String token = ReaderTokens.newToken();
            Cookie cookie = new Cookie(NAME, token);
            cookie.setPath("/");
            cookie.setMaxAge(ONE_YEAR);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            VaadinRequest request = VaadinRequest.getCurrent();
            cookie.setSecure(request != null && request.isSecure());
            VaadinResponse.getCurrent().addCookie(cookie);
            return token;
        });
    }

    /** What is stored of a token: its hash. */
    public static @Nullable String hash(@Nullable String token) {
        return ReaderTokens.hash(token);
    }
}
