package org.sala.site;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.support.BrowserTest;
import org.sala.support.Http;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every response carries the security headers, and the Content-Security-Policy of the pages is
 * strict enough that markup injected into a page cannot run script, in Chromium. The rest of the
 * browser tests show the app itself still works under the same policy.
 */
@IntegrationTest
class SecurityHeadersBrowserTest extends BrowserTest {

    /** Injected markup as a successful XSS would leave it: each tries to set a flag. */
    private static final String INJECTED = """
            <img src="/no-such-image.png" onerror="window.__injected = 'onerror'">
            <svg><animate onbegin="window.__injected = 'svg'" attributeName="x" dur="1s"></animate></svg>
            <a id="js-link" href="javascript:window.__injected = 'link'">click</a>""";

    @Autowired
    TestData data;

    private String postPath;

    @BeforeEach
    void aPost() {
        data.reset();
        postPath = data.postPath("Headers on every response", true);
    }

    @Test
    void pagesAndOtherResponsesCarryTheSecurityHeaders() {
        // A cached reader page is the same for everyone: no nonce, and no inline script to need one.
        HttpResponse<byte[]> cached = Http.get(port, postPath);
        assertThat(cached.headers().allValues("Content-Security-Policy")).singleElement().satisfies(policy -> assertThat(policy)
                .contains("script-src 'self' 'unsafe-eval'").doesNotContain("unsafe-inline' 'nonce").doesNotContain("nonce-")
                .contains("object-src 'none'").contains("frame-ancestors 'none'").contains("base-uri 'self'"));
        assertThat(Jsoup.parse(Http.text(cached)).select("script:not([src]), [onload], [onerror]")).isEmpty();
        assertThat(cached.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(cached.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(cached.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(cached.headers().firstValue("Permissions-Policy")).hasValueSatisfying(value -> assertThat(value).contains("camera=()"));
        assertThat(cached.headers().firstValue("Cross-Origin-Opener-Policy")).contains("same-origin");

        // A live page carries a fresh nonce for its inline scripts in every response.
        HttpResponse<byte[]> page = Http.get(port, "/login");
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertThat(policies).singleElement().satisfies(policy -> assertThat(policy)
                .contains("script-src 'self' 'nonce-").doesNotContain("'unsafe-inline' 'nonce")
                .contains("object-src 'none'").contains("frame-ancestors 'none'").contains("base-uri 'self'"));
        String nonce = policies.getFirst().replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertThat(Http.text(page)).contains("nonce=\"" + nonce + "\"");
        String nextNonce = Http.get(port, "/login").headers().firstValue("Content-Security-Policy").orElseThrow()
                .replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertThat(nextNonce).isNotEqualTo(nonce).hasSizeGreaterThanOrEqualTo(20);
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(page.headers().firstValue("Permissions-Policy")).hasValueSatisfying(value -> assertThat(value).contains("camera=()"));

        for (String path : List.of("/feed", "/sitemap.xml", "/robots.txt", "/no-such-page")) {
            HttpResponse<byte[]> other = Http.get(port, path);
            assertThat(other.headers().allValues("Content-Security-Policy")).as(path).hasSize(1);
            assertThat(other.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
        }
        assertThat(Http.get(port, "/feed").headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'none'");
    }

    @Test
    void markupInjectedIntoAPageCannotRunScript() {
        // Without a policy the same markup runs: the check below could fail.
        Page unprotected = newPage();
        unprotected.setContent("<body>" + INJECTED + "</body>");
        unprotected.waitForFunction("() => window.__injected !== undefined");

        Page reader = newPage();
        reader.navigate(url(postPath));
        assertThat(reader.locator(".comment-form")).isVisible();
        reader.evaluate("""
                html => {
                  window.__violations = [];
                  document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective));
                  const box = document.createElement('div');
                  box.innerHTML = html;
                  document.body.append(box);
                  const script = document.createElement('script');
                  script.textContent = "window.__injected = 'script'";
                  document.body.append(script);
                }""", INJECTED);
        reader.locator("#js-link").click();
        reader.waitForFunction("() => window.__violations.length >= 3");
        reader.waitForTimeout(1_500);

        assertThat(reader.evaluate("() => window.__injected")).isNull();
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) reader.evaluate("() => window.__violations");
        assertThat(violations).allSatisfy(directive -> assertThat(directive).startsWith("script-src"));
        // The page itself still works under the policy: the comment form starts and answers.
        liveForm(reader, "comment-form").locator(".comment-submit").click();
        assertThat(reader.locator(".comment-name input")).hasAttribute("aria-invalid", "true");
        assertThat(reader.evaluate("() => window.__injected")).isNull();
    }
}
