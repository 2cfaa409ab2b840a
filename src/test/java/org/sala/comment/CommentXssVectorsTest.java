package org.sala.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sala.comment.content.CommentRenderer;
import org.sala.comment.content.CommentRenderer.RenderedComment;
import org.sala.support.SafeMarkup;
import org.sala.support.XssCorpora;

/**
 * Every vector, through the whole comment path (Markdown, then the sanitiser): only the allowed
 * elements come out, no attribute but a link's href and rel, and no link anywhere but http(s),
 * mailto or this site.
 */
class CommentXssVectorsTest {

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
            SafeMarkup.commentProblems(rendered.html()).forEach(problem -> failures.add(vector + " -> " + problem));
        }
        System.out.printf("XSS vectors: %d (%d base); the sanitiser removed nothing from %d of them%n",
                vectors.size(), XssVectors.base().size(), untouched);
        assertThat(vectors).hasSizeGreaterThan(1000);
        assertThat(failures).isEmpty();
    }

    @Test
    void noPayloadOfThePublicCorporaGetsThrough() {
        List<String> payloads = XssCorpora.all();
        List<String> failures = new ArrayList<>();
        for (String payload : payloads) {
            SafeMarkup.commentProblems(renderer.render(payload).html())
                    .forEach(problem -> failures.add(payload + " -> " + problem));
        }
        System.out.printf("XSS corpora: %d payloads rendered as comments%n", payloads.size());
        assertThat(payloads).hasSizeGreaterThan(8000);
        assertThat(failures).isEmpty();
    }
}
