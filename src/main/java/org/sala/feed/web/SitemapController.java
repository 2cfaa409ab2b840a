package org.sala.feed.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sala.base.site.DiscoveryPaths;
import org.sala.feed.service.RobotsTxt;
import org.sala.feed.service.SitemapWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What search engines read first: robots.txt and the sitemap it points to. */
@RestController
class SitemapController {

    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    private static final MediaType TEXT = MediaType.parseMediaType("text/plain;charset=UTF-8");
    /** At most nine digits: a part number always fits an int. */
    private static final Pattern PART_NUMBER = Pattern.compile("[1-9][0-9]{0,8}");

    private final SitemapWriter sitemap;
    private final RobotsTxt robots;

    SitemapController(SitemapWriter sitemap, RobotsTxt robots) {
        this.sitemap = sitemap;
        this.robots = robots;
    }

    /** The index of the parts. Streamed straight into the response, as the parts are. */
    @GetMapping(DiscoveryPaths.SITEMAP)
    void sitemap(HttpServletResponse response) throws IOException {
        response.setContentType(XML.toString());
        sitemap.writeIndex(response.getOutputStream());
    }

    /**
     * A part, streamed straight into the response: a large site's sitemap is never held in
     * memory. Anything but the number of a part (no sign, no leading zero) is a bare 404, the
     * response's own status rather than an error dispatch, which would be Vaadin's with a session.
     */
    @GetMapping(DiscoveryPaths.SITEMAP_PART)
    void part(@PathVariable String number, HttpServletResponse response) throws IOException {
        Optional<SitemapWriter.Part> part = PART_NUMBER.matcher(number).matches()
                ? sitemap.part(Integer.parseInt(number))
                : Optional.empty();
        if (part.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(XML.toString());
        part.get().write(response.getOutputStream());
    }

    @GetMapping(DiscoveryPaths.ROBOTS)
    ResponseEntity<String> robots() {
        return ResponseEntity.ok().contentType(TEXT).body(robots.text());
    }
}
