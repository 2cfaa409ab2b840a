package org.sala.feed.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.sala.base.site.DiscoveryPaths;
import org.sala.feed.service.RobotsTxt;
import org.sala.feed.service.SitemapWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What search engines read first: robots.txt and the sitemap it points to. */
@RestController
class SitemapController {

    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    private static final MediaType TEXT = MediaType.parseMediaType("text/plain;charset=UTF-8");

    private final SitemapWriter sitemap;
    private final RobotsTxt robots;

    SitemapController(SitemapWriter sitemap, RobotsTxt robots) {
        this.sitemap = sitemap;
        this.robots = robots;
    }

    /** Streamed straight into the response: a large site's sitemap is never held in memory. */
    @GetMapping(DiscoveryPaths.SITEMAP)
    void sitemap(HttpServletResponse response) throws IOException {
        response.setContentType(XML.toString());
        sitemap.write(response.getOutputStream());
    }

    @GetMapping(DiscoveryPaths.ROBOTS)
    ResponseEntity<String> robots() {
        return ResponseEntity.ok().contentType(TEXT).body(robots.text());
    }
}
