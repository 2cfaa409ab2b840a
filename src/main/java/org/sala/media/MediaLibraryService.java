package org.sala.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.tika.Tika;
import org.jspecify.annotations.Nullable;
import org.sala.account.AccountService;
import org.sala.media.domain.MediaFile;
import org.sala.media.domain.MediaFileRepository;
import org.sala.media.service.MediaProperties;
import org.sala.media.service.StoredMedia;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Uploaded images and PDFs: checked (size, and type from the bytes, never from the name), kept on
 * disk under a random key, attached to posts, and found again to be served.
 */
@Service
@EnableConfigurationProperties(MediaProperties.class)
public class MediaLibraryService {

    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}\\p{Zl}\\p{Zp}\"]");
    private static final Pattern LEADING_DOTS = Pattern.compile("^[.\\s]+");
    private static final Pattern NOTHING_USABLE = Pattern.compile("[\\s._-]*");
    private static final Pattern URL_REFUSED = Pattern.compile("[;%\\u2028\\u2029]");

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

    MediaLibraryService(MediaFileRepository files, MediaProperties properties, AccountService accounts, Clock clock) {
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
     * @throws UploadRejectedException when it is too large, empty, not an accepted type, or its name
     *     has nothing usable left once cleaned (see {@link #stem})
     */
    @Transactional
    @PreAuthorize("hasAnyRole('AUTHOR', 'ADMIN')")
    public MediaLink store(String originalName, Path uploaded) {
        String stem = stem(originalName);
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
            MediaFile file = files.save(new MediaFile(key, named(stem, type), type, size,
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
        return files.findByPostIdOrderById(postId).stream().map(MediaLibraryService::link).toList();
    }

    @Transactional(readOnly = true)
    public Optional<MediaLink> find(@Nullable Long fileId) {
        return fileId == null ? Optional.empty() : files.findById(fileId).map(MediaLibraryService::link);
    }

    /** The stored file for {@code key}, to serve; empty for an unknown key or a missing file. */
    @Transactional(readOnly = true)
    public Optional<StoredMedia> open(String key) {
        return files.findByStorageKey(key)
                .map(file -> new StoredMedia(properties.directory().resolve(file.getStorageKey()), file.getOriginalName(),
                        file.getContentType(), file.getSizeBytes()))
                .filter(stored -> Files.isRegularFile(stored.path()));
    }

    /**
     * The file's link: {@code /media/<key>/<name>}, the name percent-encoded as a path segment. The
     * name there is only for people and for browsers saving the file (the key finds it); the
     * characters Spring Security's firewall refuses in any path, even encoded ({@code ;} and
     * {@code %}), are given as {@code -} there. The real name goes in {@code Content-Disposition}.
     */
    static MediaLink link(MediaFile file) {
        String inPath = URL_REFUSED.matcher(file.getOriginalName()).replaceAll("-");
        String path = UriComponentsBuilder.fromPath("/media/{key}/{name}").encode()
                .buildAndExpand(file.getStorageKey(), inPath).toUriString();
        return new MediaLink(file.getId(), path, file.getOriginalName(), file.getContentType(), file.getSizeBytes());
    }

    /**
     * The readable part of an uploaded file's name, without its extension: {@code a/b.png} gives
     * {@code a-b}, {@code ../../etc.png} and {@code ..\etc.png} give {@code etc} (paths are
     * cleaned by {@link StringUtils#cleanPath}, what is left of them joined with {@code -}). Control
     * characters, line and paragraph separators and {@code "} are dropped, as are leading dots.
     *
     * @throws UploadRejectedException {@code media.error.name} when nothing but dots, dashes,
     *     underscores and spaces is left
     */
    static String stem(String originalName) {
        String name = originalName == null ? "" : UNSAFE.matcher(originalName).replaceAll("");
        String joined = Arrays.stream(StringUtils.cleanPath(name).split("/"))
                .map(String::strip)
                .filter(part -> !part.isEmpty() && !part.equals(".") && !part.equals(".."))
                .collect(Collectors.joining("-"));
        String extension = StringUtils.getFilenameExtension(joined);
        String stem = (extension == null ? joined : StringUtils.stripFilenameExtension(joined)).strip();
        stem = LEADING_DOTS.matcher(stem).replaceFirst("");
        if (NOTHING_USABLE.matcher(stem).matches()) {
            throw new UploadRejectedException("media.error.name", name);
        }
        if (stem.length() > 200) {
            stem = stem.substring(0, Character.isHighSurrogate(stem.charAt(199)) ? 199 : 200);
        }
        return stem;
    }

    /** The name a file is kept and shown under: its {@link #stem} and the detected type's extension. */
    static String named(String stem, String type) {
        return stem + "." + ACCEPTED.get(type);
    }
}
