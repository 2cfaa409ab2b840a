package org.sala.site.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.sala.base.i18n.ReaderLocales;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The language links in the header: {@code /language/th?to=/archives} keeps the choice in a
 * cookie and goes back to the page. A plain link, so it works on cached pages and without
 * scripts; the pages themselves never set a cookie.
 */
@RestController
public class LanguageChoice {

    static final String PATH = "/language/";
    private static final int ONE_YEAR = 60 * 60 * 24 * 365;

    /** The link that switches to the language and returns to {@code here} (a path on this site). */
    public static String href(Locale locale, String here) {
        return PATH + locale.toLanguageTag() + "?to=" + URLEncoder.encode(here, StandardCharsets.UTF_8);
    }

    @GetMapping(PATH + "{language}")
    ResponseEntity<Void> choose(@PathVariable String language, @RequestParam(name = "to", required = false) String to,
            HttpServletRequest request, HttpServletResponse response) {
        Optional<Locale> locale = ReaderLocales.supported(language);
        if (locale.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        Cookie cookie = new Cookie(ReaderLocales.COOKIE, locale.get().toLanguageTag());
        cookie.setPath("/");
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.LOCATION, request.getContextPath() + localPath(to))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /** Only a path on this site: never another site's address (no open redirect). */
    static String localPath(String to) {
        if (to == null || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")
                || to.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return to;
    }
}
