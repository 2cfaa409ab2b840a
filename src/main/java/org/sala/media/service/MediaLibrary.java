package org.sala.media.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.tika.Tika;
import org.sala.account.service.AccountService;
import org.sala.media.domain.MediaFile;
import org.sala.media.domain.MediaFileRepository;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploaded images and PDFs: checked (size, and type from the bytes, never from the name), kept on
 * disk under a random key, attached to posts, and found again to be served.
 */
@Service
@EnableConfigurationProperties(MediaProperties.class)
public class MediaLibrary {

    /** What may be uploaded, by detected type, with the file extension it is served under. */
    static final Map<String, String> ACCEPTED = Map.of(
            "image/png", "png",
            "image/jpeg", "jpg",
            "image/gif", "gif",
            "image/webp", "webp",
            "application/pdf", "pdf");

    private final MediaFileRepository files;
    private final MediaProperties properties;
    private final AccountService accounts;
    private final Clock clock;
    private final Tika tika = new Tika();

    MediaLibrary(MediaFileRepository files, MediaProperties properties, AccountService accounts, Clock clock) {
        this.files = files;
        this.properties = properties;
        this.accounts = accounts;
        this.clock = clock;
    }

    public long maxSizeBytes() {
        return properties.maxSize().toBytes();
    }

    /**
     * Keeps an uploaded file (from a temporary file the upload wrote) and returns its link.
     *
     * @throws UploadRejectedException when it is too large, empty, or not an accepted type
     */
    @Transactional
    @PreAuthorize("hasAnyRole('AUTHOR', 'ADMIN')")
    public MediaLink store(String originalName, Path uploaded) {
        try {
            long size = Files.size(uploaded);
            if (size == 0) {
                throw new UploadRejectedException("media.error.empty", originalName);
            }
            if (size > maxSizeBytes()) {
                throw new UploadRejectedException("media.error.too-large", properties.maxSize().toMegabytes() + " MB");
            }
            String type;
            try (InputStream in = Files.newInputStream(uploaded)) {
                type = tika.detect(in);
            }
            if (!ACCEPTED.containsKey(type)) {
                throw new UploadRejectedException("media.error.type", type);
            }
            String key = UUID.randomUUID().toString();
            Files.createDirectories(properties.directory());
            Files.copy(uploaded, properties.directory().resolve(key), StandardCopyOption.REPLACE_EXISTING);
            MediaFile file = files.save(new MediaFile(key, cleanName(originalName, type), type, size,
                    accounts.current().id(), clock.instant()));
            return link(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The post's attachments become exactly these files (others it had are let go). A file that
     * already belongs to another post stays there.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void attach(long postId, Collection<Long> fileIds) {
        files.detachOthers(postId, fileIds.isEmpty() ? List.of(-1L) : fileIds);
        files.findByIdIn(fileIds).stream()
                .filter(file -> file.getPostId() == null || file.getPostId() == postId)
                .forEach(file -> file.setPostId(postId));
    }

    @Transactional(readOnly = true)
    public List<MediaLink> attachmentsOf(long postId) {
        return files.findByPostIdOrderById(postId).stream().map(MediaLibrary::link).toList();
    }

    @Transactional(readOnly = true)
    public Optional<MediaLink> find(Long fileId) {
        return fileId == null ? Optional.empty() : files.findById(fileId).map(MediaLibrary::link);
    }

    /** The stored file for {@code key}, to serve; empty for an unknown key or a missing file. */
    @Transactional(readOnly = true)
    public Optional<StoredMedia> open(String key) {
        return files.findByStorageKey(key)
                .map(file -> new StoredMedia(properties.directory().resolve(file.getStorageKey()), file.getOriginalName(),
                        file.getContentType(), file.getSizeBytes()))
                .filter(stored -> Files.isRegularFile(stored.path()));
    }

    static MediaLink link(MediaFile file) {
        return new MediaLink(file.getId(), "/media/" + file.getStorageKey() + "/"
                + URLEncoder.encode(file.getOriginalName(), StandardCharsets.UTF_8).replace("+", "%20"),
                file.getOriginalName(), file.getContentType(), file.getSizeBytes());
    }

    /** A name safe to show and to put in a URL and a header, ending in the detected type's extension. */
    static String cleanName(String originalName, String type) {
        String base = originalName == null ? "" : Path.of(originalName.replace('\\', '/')).getFileName().toString();
        base = base.replaceAll("\\p{Cntrl}", "").replaceAll("[\"/\\\\]", "").strip();
        int dot = base.lastIndexOf('.');
        String stem = dot > 0 ? base.substring(0, dot) : base;
        if (stem.isBlank()) {
            stem = "file";
        }
        if (stem.length() > 200) {
            stem = stem.substring(0, 200);
        }
        return stem + "." + ACCEPTED.get(type);
    }
}
