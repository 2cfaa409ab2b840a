package org.sala.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sala.feed.service.SitemapProperties;
import org.springframework.boot.context.properties.bind.Binder;

class SitemapPropertiesTest {

    @Test
    void aPartHoldsAsManyAddressesAsTheProtocolAllowsUnlessToldOtherwise() {
        assertThat(new Binder().bindOrCreate("sala.sitemap", SitemapProperties.class).urlsPerFile()).isEqualTo(50_000);
        assertThat(new SitemapProperties(3).urlsPerFile()).isEqualTo(3);
    }

    @Test
    void moreThanTheProtocolAllowsOrNoneAtAllIsRefused() {
        assertThatThrownBy(() -> new SitemapProperties(50_001)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sala.sitemap.urls-per-file");
        assertThatThrownBy(() -> new SitemapProperties(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
