package org.sala.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.account.Role;
import org.sala.support.Http;
import org.sala.support.IntegrationTest;
import org.sala.support.TestData;
import org.sala.wordpress.service.WordPressImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The old addresses of an imported WordPress site redirect to the same content in Sala. */
@IntegrationTest
class WordPressRedirectsTest {

    @Autowired
    TestData data;

    @Autowired
    WordPressImportService imports;

    @LocalServerPort
    int port;

    @BeforeEach
    void imported() {
        data.reset();
        data.staff("admin", Role.ADMIN);
        data.asStaff("admin", Role.ADMIN,
                () -> imports.importNow(WordPressImportTest.fixture("river-notes.xml"), progress -> {}));
    }

    @Test
    void oldAddressesAnswerWithAPermanentRedirect() {
        assertRedirect("/?p=123", "/2016/10/gauges-at-pak-mun");
        assertRedirect("/2016/10/gauges-at-pak-mun/", "/2016/10/gauges-at-pak-mun");
        assertRedirect("/2016/10/05/gauges-at-pak-mun/", "/2016/10/gauges-at-pak-mun");
        assertRedirect("/category/rivers/water-levels/", "/category/water-levels");
        assertRedirect("/category/rivers/", "/category/rivers");
        assertRedirect("/category/%e0%b8%9b%e0%b8%a5%e0%b8%b2/", "/category/pla");
        assertRedirect("/tag/monsoon/", "/tag/monsoon");
        assertRedirect("/?page_id=2", "/page/about-river-notes");
        assertRedirect("/about-river-notes/", "/page/about-river-notes");
    }

    @Test
    void unpublishedContentAndSalaAddressesAreNotRedirected() {
        assertThat(Http.get(port, "/?p=127").statusCode()).isNotEqualTo(301);
        assertThat(Http.get(port, "/?p=999999").statusCode()).isNotEqualTo(301);
        assertThat(Http.get(port, "/2016/10/gauges-at-pak-mun").statusCode()).isEqualTo(200);
    }

    private void assertRedirect(String from, String to) {
        HttpResponse<byte[]> response = Http.get(port, from);
        assertThat(response.statusCode()).as(from).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).as(from).hasValue(to);
    }
}
