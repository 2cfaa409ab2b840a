package org.sala.feed.web;

import com.rometools.rome.feed.synd.SyndFeed;
import java.util.Optional;
import org.sala.feed.service.FeedFormat;
import org.sala.feed.service.FeedXml;
import org.springframework.http.ResponseEntity;

/**
 * A feed as the HTTP answer, or a bare 404. The 404 is the response's own status, not an error
 * dispatch: an error page would be Vaadin's, with a session.
 */
final class FeedResponses {

    private FeedResponses() {}

    static ResponseEntity<byte[]> of(FeedFormat format, Optional<SyndFeed> feed) {
        return feed.map(found -> ResponseEntity.ok().contentType(format.mediaType()).body(FeedXml.bytes(found)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
