package org.sala.media.service;

import java.nio.file.Path;

/** A file to serve: where its bytes are, its name and its (detected) type. */
public record StoredMedia(Path path, String name, String contentType, long sizeBytes) {}
