package org.sala.site.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sala.base.ui.ContentSecurityPolicy;
import org.sala.base.web.SecurityHeaders;
import org.springframework.stereotype.Component;

/** The security headers of a cached reader page, the same as Spring Security sends on other pages. */
@Component
class ReaderPageHeaders {

    void apply(HttpServletRequest request, HttpServletResponse response) {
        SecurityHeaders.write(request, response, ContentSecurityPolicy.CACHED_PAGES);
    }
}
