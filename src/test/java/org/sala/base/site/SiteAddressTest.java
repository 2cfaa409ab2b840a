package org.sala.base.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;

/** With {@code sala.site.base-url} set, absolute links need no request (the HTTP tests cover the other case). */
class SiteAddressTest {

    @Test
    void theConfiguredBaseUrlWinsWithOrWithoutItsTrailingSlash() {
        for (String configured : new String[] {"https://sala.example.org", "https://sala.example.org/",
                " https://sala.example.org// "}) {
            SiteAddress address = new SiteAddress(new SiteProperties("Sala", ZoneId.of("UTC"), configured));

            assertThat(address.baseUrl()).isEqualTo("https://sala.example.org");
            assertThat(address.absolute("/feed")).isEqualTo("https://sala.example.org/feed");
            assertThat(address.absolute("2025/10/a-post")).isEqualTo("https://sala.example.org/2025/10/a-post");
            assertThat(address.absolute("/")).isEqualTo("https://sala.example.org/");
        }
    }

    @Test
    void aSiteUnderAPathKeepsIt() {
        SiteAddress address = new SiteAddress(new SiteProperties("Sala", ZoneId.of("UTC"), "https://example.org/sala/"));

        assertThat(address.absolute(DiscoveryPaths.SITEMAP)).isEqualTo("https://example.org/sala/sitemap.xml");
        assertThat(address.absolute(DiscoveryPaths.postCommentFeed("2025/10/a-post")))
                .isEqualTo("https://example.org/sala/2025/10/a-post/feed");
    }

    @Test
    void noBaseUrlIsEmpty() {
        assertThat(new Binder().bindOrCreate("sala.site", SiteProperties.class).baseUrl()).isEmpty();
    }
}
