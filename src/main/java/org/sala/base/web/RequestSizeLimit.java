package org.sala.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose body is larger than anything a person can send through the forms (a
 * 5,000-character comment is some 20 KB) before anything reads it: an answer 413 and one log
 * line, no stack trace. A body of unknown length (chunked) is refused too: browsers always give
 * the length of what the forms and Vaadin send. File uploads go to Vaadin's upload endpoints,
 * which have their own limits, and are left alone here. The limit is {@code sala.web.max-request-size}.
 */
@Component
@EnableConfigurationProperties(WebProperties.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestSizeLimit.class);
    private static final String UPLOADS = "/VAADIN/dynamic/resource/";

    private final long maxBytes;

    RequestSizeLimit(WebProperties properties) {
        this.maxBytes = properties.maxRequestSize().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestURI().contains(UPLOADS)) {
            chain.doFilter(request, response);
            return;
        }
        long length = request.getContentLengthLong();
        if (length > maxBytes) {
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, length + " bytes");
        } else if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
            refuse(request, response, HttpServletResponse.SC_LENGTH_REQUIRED, "a body of unknown length");
        } else {
            chain.doFilter(request, response);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String what)
            throws IOException {
        log.warn("Refused a request with {} (limit {} bytes) to {} from {}", what, maxBytes, request.getRequestURI(),
                request.getRemoteAddr());
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Connection", "close");
        response.getOutputStream().write("The request is too large.\n".getBytes(StandardCharsets.UTF_8));
    }
}
