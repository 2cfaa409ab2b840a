package org.sala.post;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jspecify.annotations.Nullable;
import org.sala.base.text.Words;
import org.sala.post.content.PlainText;
import org.springframework.stereotype.Component;

/** Turns an author's Markdown into what readers see: rendered, then sanitised. */
@Component
public class PostRenderer {

    static final int EXCERPT_MAX_CHARS = 320;
    static final String ELLIPSIS = "…";

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer htmlRenderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();

    public RenderedPost render(String markdown) {
        Node document = parser.parse(markdown);
        String html = PostHtmlPolicy.sanitize(htmlRenderer.render(document));
        String text = PlainText.of(document);
        return new RenderedPost(html, PostHtmlPolicy.VERSION, text, excerpt(document, text));
    }

    /**
     * A stored body sanitised again with the policy as it is now: rendered from its Markdown when
     * it has some (it may let through more than before, not only less), else from its stored HTML.
     */
    public String resanitise(@Nullable String markdown, String storedHtml) {
        if (markdown == null || markdown.isBlank()) {
            return PostHtmlPolicy.sanitize(storedHtml);
        }
        return PostHtmlPolicy.sanitize(htmlRenderer.render(parser.parse(markdown)));
    }

    /** The first paragraph, cut at a word, always ending in "…" like the "Read more" lists expect. */
    private String excerpt(Node document, String fallbackText) {
        String lead = fallbackText;
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph) {
                lead = PlainText.of(node);
                break;
            }
        }
        String collapsed = lead.replaceAll("\\s+", " ");
        return Words.cut(collapsed, EXCERPT_MAX_CHARS) + ELLIPSIS;
    }
}
