package org.sala.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sala.comment.content.CommentRenderer;
import org.sala.comment.content.CommentRenderer.RenderedComment;

/**
 * Every vector, through the whole comment path (Markdown, then the sanitiser): only the allowed
 * elements come out, no attribute but a link's href and rel, and no link anywhere but http(s),
 * mailto or this site.
 */
class CommentXssVectorsTest {

    private static final Set<String> ALLOWED = Set.of("p", "br", "b", "strong", "i", "em", "a", "blockquote", "code",
            "pre", "ul", "ol", "li");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

    private final CommentRenderer renderer = new CommentRenderer();

    @Test
    void noVectorGetsScriptAnEventHandlerOrADangerousLinkThrough() {
        List<String> vectors = XssVectors.withVariants();
        List<String> failures = new ArrayList<>();
        int untouched = 0;
        for (String vector : vectors) {
            RenderedComment rendered = renderer.render(vector);
            if (rendered.sanitizerReport() == null) {
                untouched++;
            }
            for (Element element : Jsoup.parseBodyFragment(rendered.html()).body().getAllElements()) {
                if (element.tagName().equals("body")) {
                    continue;
                }
                if (!ALLOWED.contains(element.tagName())) {
                    failures.add(vector + " -> <" + element.tagName() + ">");
                }
                for (Attribute attribute : element.attributes()) {
                    boolean linkAttribute = element.tagName().equals("a")
                            && (attribute.getKey().equals("href") || attribute.getKey().equals("rel"));
                    if (!linkAttribute) {
                        failures.add(vector + " -> " + attribute.getKey() + " on <" + element.tagName() + ">");
                    }
                }
                if (element.tagName().equals("a")) {
                    String problem = linkProblem(element);
                    if (problem != null) {
                        failures.add(vector + " -> " + problem);
                    }
                }
            }
        }
        System.out.printf("XSS vectors: %d (%d base); the sanitiser removed nothing from %d of them%n",
                vectors.size(), XssVectors.base().size(), untouched);
        assertThat(vectors).hasSizeGreaterThan(1000);
        assertThat(failures).isEmpty();
    }

    /** What is wrong with a link, or null: an unsafe scheme, or no rel="nofollow ugc noopener". */
    static String linkProblem(Element link) {
        String href = link.attr("href").replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
        int colon = href.indexOf(':');
        int firstOther = indexOfAny(href, "/?#");
        if (colon >= 0 && (firstOther < 0 || colon < firstOther) && !SAFE_SCHEMES.contains(href.substring(0, colon))) {
            return "href " + href;
        }
        if (!link.attr("rel").equals("nofollow ugc noopener")) {
            return "rel " + link.attr("rel");
        }
        return null;
    }

    private static int indexOfAny(String text, String characters) {
        int first = -1;
        for (char c : characters.toCharArray()) {
            int at = text.indexOf(c);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }
}
