package org.sala.comment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sala.comment.service.CommentSubmissionService;
import org.sala.comment.service.ReaderContext;
import org.sala.comment.service.ReaderTokens;
import org.sala.support.BrowserTest;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.sala.support.XssCorpora;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A sample of the XSS vectors and of the public corpora as approved comments (and commenter
 * names) on a real page in Chromium.
 */
@IntegrationTest
class CommentXssBrowserTest extends BrowserTest {

    private static final int SAMPLE = 50;

    @Autowired
    TestData data;

    @Autowired
    CommentSubmissionService submissions;

    @Test
    void noScriptRunsAndNoLinkLeavesTheWeb() {
        data.reset();
        long postId = data.post("Hostile comments", true);
        List<String> vectors = new ArrayList<>();
        int step = Math.max(1, XssVectors.base().size() / (SAMPLE / 2));
        for (int i = 0; i < XssVectors.base().size() && vectors.size() < SAMPLE / 2; i += step) {
            vectors.add(XssVectors.base().get(i));
        }
        vectors.addAll(XssCorpora.sample(SAMPLE - vectors.size()));
        int posted = 0;
        for (String vector : vectors) {
            String name = vector.length() > 100 ? vector.substring(0, 100) : vector;
            long id = submissions.submit(postId, null, new CommentDraft(name, "x@example.org", "", vector),
                    new ReaderContext("192.0.2.9", ReaderTokens.newToken()));
            data.approve(id);
            posted++;
        }

        Page page = newPage();
        page.navigate(url("/" + data.address(postId).path()));
        assertThat(page.locator(".comment")).hasCount(posted);
        page.locator(".comment").all().forEach(comment -> comment.hover());
        page.waitForTimeout(1000);

        assertThat(alertsIn(page)).isEmpty();
        Object handlers = page.evaluate("""
                () => Array.from(document.querySelectorAll('.comments *'))
                    .flatMap(e => Array.from(e.attributes).map(a => a.name))
                    .filter(name => name.startsWith('on')).length""");
        assertThat(((Number) handlers).intValue()).isZero();
        Object badLinks = page.evaluate("""
                () => Array.from(document.querySelectorAll('.comments a[href]'))
                    .filter(a => !['http:', 'https:', 'mailto:'].includes(a.protocol)).map(a => a.href)""");
        assertThat((List<?>) badLinks).isEmpty();
        assertThat(page.locator(".comments script, .comments iframe, .comments object, .comments embed, .comments svg"))
                .hasCount(0);
        screenshot(page, "xss-sample");
    }
}
