package org.sala.comment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.sala.base.text.SanitizedHtml;

/**
 * The one sanitiser policy for comments: paragraphs, bold, italic, links, quotes, code and
 * lists. Links get {@code rel="nofollow ugc noopener"}; everything else is removed.
 */
public final class CommentHtmlPolicy {

    /**
     * Stored with every comment that went through {@link #POLICY}. Raise it whenever the policy
     * changes: on the next start, every comment stored under a lower version is sanitised again
     * (pages and feeds show stored HTML as it is, trusting it was sanitised by this policy).
     */
    public static final int VERSION = 1;

    public static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "b", "strong", "i", "em", "a", "blockquote", "code", "pre", "ul", "ol", "li")
            .allowStandardUrlProtocols()
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "ugc", "noopener")
            .toFactory();

    private CommentHtmlPolicy() {}

    /** Sanitised HTML, and what the policy removed from the input ("<script>", "onerror on <img>"). */
    public record Result(String html, List<String> removed) {}

    public static Result sanitize(String html) {
        List<String> removed = new ArrayList<>();
        String clean = POLICY.sanitize(html, new HtmlChangeListener<List<String>>() {
            @Override
            public void discardedTag(@Nullable List<String> report, String elementName) {
                Objects.requireNonNull(report).add("<" + elementName + ">");
            }

            @Override
            public void discardedAttributes(@Nullable List<String> report, String tagName, String... attributeNames) {
                for (String attribute : attributeNames) {
                    Objects.requireNonNull(report).add(attribute + " on <" + tagName + ">");
                }
            }
        }, removed);
        return new Result(SanitizedHtml.withSupplementaryCharacters(clean), List.copyOf(removed));
    }
}
