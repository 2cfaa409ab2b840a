package org.sala.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.post.service.PostLink;
import org.sala.post.service.TagLink;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class PostPageServiceTest {

    private static final LocalDateTime DAY = LocalDateTime.of(2017, 6, 21, 9, 0);

    @Autowired
    TestData data;

    @Autowired
    PostPageService postPages;

    @BeforeEach
    void reset() {
        data.reset();
    }

    @Test
    void aPostHasItsBodyTagsAndNeighboursInTime() {
        data.publish("The oldest", "Old.", DAY.minusDays(2), List.of("Updates"), List.of());
        PostAddress middle = data.publish("Full papers now online", "Papers from the **seminar**.",
                DAY, List.of("Publications"), List.of("seminar", "mixed migration"));
        data.publish("The newest", "New.", DAY.plusDays(3), List.of("Updates"), List.of());

        PostDetails post = postPages.published(middle.slug()).orElseThrow();

        assertThat(post.address()).isEqualTo(new PostAddress(2017, 6, "full-papers-now-online"));
        assertThat(post.bodyHtml()).isEqualTo("<p>Papers from the <strong>seminar</strong>.</p>\n");
        assertThat(post.tags()).extracting(TagLink::name).containsExactly("mixed migration", "seminar");
        assertThat(post.older()).map(PostLink::title).contains("The oldest");
        assertThat(post.newer()).map(PostLink::title).contains("The newest");
        assertThat(postPages.published("no-such-post")).isEmpty();
    }

    @Test
    void postsAtTheSameMomentStillHaveAnOrder() {
        PostAddress first = data.publish("First of two", "A.", DAY, List.of("Updates"), List.of());
        PostAddress second = data.publish("Second of two", "B.", DAY, List.of("Updates"), List.of());

        assertThat(postPages.published(first.slug()).orElseThrow().newer()).map(PostLink::title)
                .contains("Second of two");
        assertThat(postPages.published(second.slug()).orElseThrow().older()).map(PostLink::title)
                .contains("First of two");
    }

    @Test
    void theStoredBodyIsSanitisedAndNoScriptSurvives() {
        PostAddress address = data.publish("Hostile markup", """
                Hello <script>alert(1)</script> world <img src=x onerror="alert(2)">

                [click me](javascript:alert(3)) and <a href="https://example.org/ok" onclick="alert(4)">ok</a>

                <iframe src="https://evil.example"></iframe><style>body{display:none}</style>
                """, DAY, List.of("Blog"), List.of());

        String html = postPages.published(address.slug()).orElseThrow().bodyHtml();

        assertThat(html).doesNotContainIgnoringCase("script").doesNotContainIgnoringCase("onerror")
                .doesNotContainIgnoringCase("onclick").doesNotContainIgnoringCase("javascript:")
                .doesNotContainIgnoringCase("iframe").doesNotContainIgnoringCase("<style")
                .contains("https://example.org/ok").contains("Hello").contains("world");
    }

    @Test
    void thaiKhmerAndEmojiAreStoredExactly() {
        String title = "ข่าวดี 🌏 ដំណឹងល្អ 🙏🏽 𠜎";
        String body = "ภาษาไทย ភាសាខ្មែរ မြန်မာဘာသာ 中文 👩🏽‍🌾 — emoji and rare CJK 𠜎 survive";

        PostAddress address = data.publish(title, body, DAY, List.of("Blog"), List.of("ข่าว 🌏"));
        PostDetails post = postPages.published(address.slug()).orElseThrow();

        assertThat(post.title()).isEqualTo(title);
        assertThat(post.bodyHtml()).isEqualTo("<p>" + body + "</p>\n");
        assertThat(post.tags()).extracting(TagLink::name).containsExactly("ข่าว 🌏");
        assertThat(address.slug()).matches("[a-z0-9-]+");
    }

    @Test
    void slugsAreReadableAsciiAndUnique() {
        PostAddress thai = data.publish("การย้ายถิ่นอย่างปลอดภัย", "ไทย", DAY, List.of("Blog"), List.of());
        PostAddress first = data.publish("Quarter 1 2017 Newsletter", "One.", DAY, List.of("Newsletters"), List.of());
        PostAddress again = data.publish("Quarter 1 2017 Newsletter", "Two.", DAY.plusDays(1), List.of("Newsletters"),
                List.of());

        assertThat(thai.slug()).matches("[a-z0-9]+(-[a-z0-9]+)*").startsWith("kar");
        assertThat(first.slug()).isEqualTo("quarter-1-2017-newsletter");
        assertThat(again.slug()).isEqualTo("quarter-1-2017-newsletter-2");
        assertThat(postPages.published(again.slug()).orElseThrow().bodyHtml()).contains("Two.");
    }
}
