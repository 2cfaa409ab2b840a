package org.sala.site.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sala.base.i18n.ReaderLocales;
import org.sala.base.ui.ReaderPage;
import org.sala.site.ui.ReaderDocument;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.util.WebUtils;

/**
 * The site's own pages for the errors a browser gets from Spring Boot's {@code /error} rather than
 * from a view: requests refused before any view runs, such as an address whose query is not
 * valid UTF-8 (Tomcat answers 400) or one Spring Security's firewall rejects. They have the site's
 * frame, in the reader's language, and say what happened in plain words; clients that do not ask
 * for HTML keep Spring Boot's JSON.
 */
@Component
class SiteErrorPages implements ErrorViewResolver {

    private final ReaderDocument documents;
    private final ReaderPageHeaders headers;

    SiteErrorPages(ReaderDocument documents, ReaderPageHeaders headers) {
        this.documents = documents;
        this.headers = headers;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Locale locale = ReaderLocales.resolve(languageCookie(request), Collections.list(request.getLocales()));
        int code = status.value();
        ReaderPage page = code == 404 ? documents.notFound(locale)
                : code >= 500 ? documents.failed(locale, code == 503)
                : documents.refused(locale, code);
        // the language links lead to the front page: the address asked for is what failed
        byte[] html = documents.html(page, locale, "/", request.getContextPath() + "/").getBytes(StandardCharsets.UTF_8);
        View view = (ignored, viewRequest, response) -> {
            headers.apply(viewRequest, response);
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("text/html;charset=UTF-8");
            response.setContentLength(html.length);
            response.getOutputStream().write(html);
        };
        ModelAndView answer = new ModelAndView(view);
        answer.setStatus(status);
        return answer;
    }

    private static @Nullable String languageCookie(HttpServletRequest request) {
        Cookie cookie = WebUtils.getCookie(request, ReaderLocales.COOKIE);
        return cookie == null ? null : cookie.getValue();
    }
}
