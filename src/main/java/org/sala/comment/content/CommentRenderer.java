package org.sala.comment.content;

import java.util.LinkedHashSet;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jspecify.annotations.Nullable;
import org.sala.comment.CommentHtmlPolicy;
import org.springframework.stereotype.Component;

/**
 * A reader's text as a comment: light Markdown (blank lines make paragraphs, **bold**, *italic*,
 * [links](https://...), bare URLs, > quotes, `code`, lists; single line breaks are kept), then
 * the comment sanitiser policy.
 */
@Component
public class CommentRenderer {

    private static final List<Extension> EXTENSIONS = List.of(AutolinkExtension.create());
    static final int MAX_REPORT_LENGTH = 1000;

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).softbreak("<br>\n").build();

    /**
     * The rendered, sanitised comment, the version of the policy that sanitised it and a short
     * note of what the sanitiser removed, if anything.
     */
    public record RenderedComment(String html, int htmlPolicyVersion, @Nullable String sanitizerReport) {}

    public RenderedComment render(String text) {
        CommentHtmlPolicy.Result result = CommentHtmlPolicy.sanitize(renderer.render(parser.parse(text)));
        if (result.removed().isEmpty()) {
            return new RenderedComment(result.html(), CommentHtmlPolicy.VERSION, null);
        }
        String report = String.join(", ", new LinkedHashSet<>(result.removed()));
        return new RenderedComment(result.html(), CommentHtmlPolicy.VERSION,
                report.length() > MAX_REPORT_LENGTH ? report.substring(0, MAX_REPORT_LENGTH - 1) + "…" : report);
    }
}
