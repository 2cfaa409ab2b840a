package org.sala.base.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every response. Spring Security writes them on the responses it sees
 * (configured with these values); answers made before it, such as cached reader pages, write
 * them here, so both send the same.
 */
public final class SecurityHeaders {

    public static final String REFERRER_POLICY = "strict-origin-when-cross-origin";
    public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=()";
    public static final String OPENER_POLICY = "same-origin";
    private static final String HSTS = "max-age=31536000 ; includeSubDomains";

    private SecurityHeaders() {}

    /** What Spring Security's defaults and Sala's configuration send, with the given script policy. */
    public static void write(HttpServletRequest request, HttpServletResponse response, String contentSecurityPolicy) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-XSS-Protection", "0");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        response.setHeader("Referrer-Policy", REFERRER_POLICY);
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        response.setHeader("Cross-Origin-Opener-Policy", OPENER_POLICY);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
    }
}
