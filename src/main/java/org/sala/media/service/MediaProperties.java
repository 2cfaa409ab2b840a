package org.sala.media.service;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where uploads are kept and how large one may be.
 *
 * @param directory the folder for the files (outside the database; back it up with it)
 * @param maxSize the largest accepted file
 */
@ConfigurationProperties("sala.media")
public record MediaProperties(Path directory, DataSize maxSize) {

    public MediaProperties {
        directory = directory == null ? Path.of("data", "media") : directory;
        maxSize = maxSize == null ? DataSize.ofMegabytes(10) : maxSize;
    }
}
