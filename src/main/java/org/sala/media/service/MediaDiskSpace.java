package org.sala.media.service;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.application.DiskSpaceHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The {@code diskSpace} health contributor (in the readiness group), in the place of Boot's own
 * (which looks at the working directory): the free space where uploads go, {@code sala.media.directory}.
 * Until the first upload creates that directory, the disk it will be on is looked at. DOWN below
 * {@code management.health.diskspace.threshold} (10 MB unless set).
 */
@Component("diskSpaceHealthIndicator")
class MediaDiskSpace implements HealthIndicator {

    private final Path directory;
    private final DataSize threshold;

    MediaDiskSpace(MediaProperties properties,
            @Value("${management.health.diskspace.threshold:10MB}") DataSize threshold) {
        this.directory = properties.directory().toAbsolutePath().normalize();
        this.threshold = threshold;
    }

    @Override
    public Health health() {
        return new DiskSpaceHealthIndicator(existing(directory), threshold).health();
    }

    /** The directory, or the nearest folder above it that exists. */
    static File existing(Path directory) {
        Path path = directory;
        while (path != null && !Files.isDirectory(path)) {
            path = path.getParent();
        }
        return (path == null ? directory : path).toFile();
    }
}
