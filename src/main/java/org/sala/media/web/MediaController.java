package org.sala.media.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.sala.media.MediaLibraryService;
import org.sala.media.service.StoredMedia;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves uploads with the type detected when they came in. A file's key never changes its
 * bytes, so browsers may keep it for a year; {@code nosniff} stops them guessing another type.
 */
@RestController
class MediaController {

    static final String PATH = "/media/{key:[0-9a-f-]{36}}/{name}";

    private final MediaLibraryService media;

    MediaController(MediaLibraryService media) {
        this.media = media;
    }

    @GetMapping(PATH)
    ResponseEntity<Resource> serve(@PathVariable String key, @PathVariable String name) {
        return media.open(key).map(MediaController::response).orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<Resource> response(StoredMedia stored) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(stored.contentType()))
                .contentLength(stored.sizeBytes())
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(stored.name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(stored.path()));
    }
}
