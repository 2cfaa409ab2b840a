package org.sala.feed.service;

import org.springframework.http.MediaType;

/** The feed formats Sala writes, with ROME's name for each and the HTTP content type. */
public enum FeedFormat {

    RSS("rss_2.0", MediaType.parseMediaType("application/rss+xml;charset=UTF-8")),
    ATOM("atom_1.0", MediaType.parseMediaType("application/atom+xml;charset=UTF-8"));

    private final String romeType;
    private final MediaType mediaType;

    FeedFormat(String romeType, MediaType mediaType) {
        this.romeType = romeType;
        this.mediaType = mediaType;
    }

    String romeType() {
        return romeType;
    }

    public MediaType mediaType() {
        return mediaType;
    }
}
