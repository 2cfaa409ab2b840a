package org.sala.post;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.sala.base.text.SanitizedHtml;

/**
 * The one sanitiser policy for post bodies: what authors' Markdown may become. Wider than the
 * comment policy (headings, images, tables), still no script, style, event handler or frame.
 */
public final class PostHtmlPolicy {

    /**
     * Stored with every post and page body that went through {@link #POLICY}. Raise it whenever
     * the policy changes: on the next start, every body stored under a lower version is sanitised
     * again (pages show stored HTML as it is, trusting it was sanitised by this policy).
     */
    public static final int VERSION = 1;

    private static final Pattern LANGUAGE_CLASS = Pattern.compile("language-[A-Za-z0-9_+-]{1,30}");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,6}");

    public static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowCommonBlockElements()
            .allowCommonInlineFormattingElements()
            .allowElements("a", "img", "pre", "hr", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
                    "dl", "dt", "dd", "figure", "figcaption", "abbr")
            .allowStandardUrlProtocols()
            .allowAttributes("href", "title").onElements("a")
            .allowAttributes("src", "alt", "title").onElements("img")
            .allowAttributes("width", "height").matching(NUMBER).onElements("img")
            .allowAttributes("title").onElements("abbr")
            .allowAttributes("class").matching(LANGUAGE_CLASS).onElements("code")
            .allowAttributes("start").matching(NUMBER).onElements("ol")
            .allowAttributes("align").matching(true, "left", "center", "right").onElements("th", "td")
            .toFactory();

    private PostHtmlPolicy() {}

    public static String sanitize(String html) {
        return SanitizedHtml.withSupplementaryCharacters(POLICY.sanitize(html));
    }
}
