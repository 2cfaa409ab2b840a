package org.sala.post;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostRendererTest {

    private final PostRenderer renderer = new PostRenderer();

    @Test
    void theExcerptIsTheFirstParagraphEndingInAnEllipsis() {
        RenderedPost post = renderer.render("""
                # A heading

                The first *paragraph* has [a link](https://example.org).

                The second paragraph.
                """);

        assertThat(post.excerpt()).isEqualTo("The first paragraph has a link.…");
        assertThat(post.text()).isEqualTo("A heading\n\nThe first paragraph has a link.\n\nThe second paragraph.");
    }

    @Test
    void aLongFirstParagraphIsCutAtAWord() {
        String paragraph = "word ".repeat(200).strip();

        String excerpt = renderer.render(paragraph).excerpt();

        assertThat(excerpt).endsWith("word…").hasSizeLessThanOrEqualTo(321);
    }

    @Test
    void aLongThaiParagraphIsCutBetweenWordsNotInsideOne() {
        String thai = "การค้ามนุษย์".repeat(60);

        String excerpt = renderer.render(thai).excerpt();

        String kept = excerpt.substring(0, excerpt.length() - 1);
        assertThat(excerpt).endsWith("…");
        assertThat(thai).startsWith(kept);
        assertThat(thai.substring(kept.length())).startsWith("มนุษย์");
        assertThat(kept).endsWith("ค้า");
    }

    @Test
    void tablesImagesAndCodeSurviveSanitising() {
        RenderedPost post = renderer.render("""
                | Country | Calls |
                |:--------|------:|
                | Lao PDR | 120 |

                ![A map](https://example.org/map.png "Map")

                ```java
                var x = 1;
                ```
                """);

        assertThat(post.html()).contains("<table>", "<th align=\"left\">Country</th>", "<td align=\"right\">120</td>",
                "<img src=\"https://example.org/map.png\" alt=\"A map\" title=\"Map\" />",
                "<pre><code class=\"language-java\">");
    }

    @Test
    void slugsTransliterateAnyScript() {
        assertThat(Slugs.of("Sex Work & Human Trafficking: The Case for Agency")).isEqualTo(
                "sex-work-human-trafficking-the-case-for-agency");
        assertThat(Slugs.of("Đi xa an toàn")).isEqualTo("di-xa-an-toan");
        assertThat(Slugs.of("វគ្គបណ្តុះបណ្តាល")).matches("[a-z0-9-]+");
        assertThat(Slugs.of("!!!")).isEqualTo("post");
        assertThat(Slugs.of("word ".repeat(50))).hasSizeLessThanOrEqualTo(80).doesNotEndWith("-");
    }
}
