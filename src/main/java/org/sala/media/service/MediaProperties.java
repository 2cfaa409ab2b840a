package org.sala.media.service;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where uploads are kept and how large one may be.
 *
 * @param directory the folder for uploaded files (outside the database; back it up with it)
 * @param maxSize the largest file an author may upload
 */
@ConfigurationProperties("sala.media")
public record MediaProperties(@DefaultValue("data/media") Path directory, @DefaultValue("10MB") DataSize maxSize) {

    public MediaProperties {
        if (directory == null) {
            throw new IllegalArgumentException("sala.media.directory must name a folder");
        }
        if (maxSize == null || maxSize.toBytes() < 1) {
            throw new IllegalArgumentException("sala.media.max-size must be a positive size (such as 10MB), not " + maxSize);
        }
    }
}
