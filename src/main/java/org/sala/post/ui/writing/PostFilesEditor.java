package org.sala.post.ui.writing;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.sala.media.MediaLibraryService;
import org.sala.media.MediaLink;
import org.sala.media.UploadRejectedException;

/**
 * The featured image and the attachments of the post being edited, uploaded with Vaadin Upload.
 * Files are checked and kept as they arrive; the post takes them when it is saved.
 */
class PostFilesEditor extends Div {

    private static final String[] IMAGE_TYPES = {"image/png", "image/jpeg", "image/gif", "image/webp"};

    private final MediaLibraryService media;
    private final Runnable onChange;
    private final Div featuredBox = new Div();
    private final Div attachmentList = new Div();
    private @Nullable MediaLink featured;
    private final List<MediaLink> attachments = new ArrayList<>();

    PostFilesEditor(MediaLibraryService media, Runnable onChange) {
        this.media = media;
        this.onChange = onChange;
        addClassName("post-files");

        Upload featuredUpload = upload(link -> {
            featured = link;
            showFeatured();
        }, IMAGE_TYPES);
        featuredUpload.setMaxFiles(1);
        featuredUpload.addClassName("featured-image-upload");
        featuredUpload.setDropLabel(new Span(getTranslation("authoring.upload.drop-image")));

        List<String> attachmentTypes = new ArrayList<>(List.of(IMAGE_TYPES));
        attachmentTypes.add("application/pdf");
        attachmentTypes.add(".pdf");
        Upload attachmentUpload = upload(link -> {
            attachments.add(link);
            showAttachments();
        }, attachmentTypes.toArray(String[]::new));
        attachmentUpload.addClassName("attachment-upload");
        attachmentUpload.setDropLabel(new Span(getTranslation("authoring.upload.drop-files")));

        featuredBox.addClassName("featured-image-box");
        attachmentList.addClassName("attachment-list");
        add(new NativeLabel(getTranslation("authoring.field.featured-image")), featuredBox, featuredUpload,
                new NativeLabel(getTranslation("authoring.field.attachments")), attachmentList, attachmentUpload);
    }

    private Upload upload(Consumer<MediaLink> whenStored, String... acceptedTypes) {
        // Vaadin's own temporary file takes the uploaded name as its prefix, and fails (an ERROR,
        // nothing shown) on a name with "/"; the name is only MediaLibraryService's to clean.
        Upload upload = new Upload(UploadHandler.toFile((metadata, file) -> {
            Optional<UI> ui = getUI();
            try {
                MediaLink link = media.store(metadata.fileName(), file.toPath());
                ui.ifPresent(present -> present.access(() -> {
                    whenStored.accept(link);
                    onChange.run();
                }));
            } catch (UploadRejectedException rejected) {
                ui.ifPresent(present -> present.access(() -> Notification.show(
                        getTranslation(rejected.reason(), rejected.detail()), 8000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.ERROR)));
            } finally {
                delete(file);
            }
        }, metadata -> Files.createTempFile("sala-upload-", ".tmp").toFile()));
        upload.setAcceptedFileTypes(acceptedTypes);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, media.maxSizeBytes()));
        upload.addFileRejectedListener(rejected -> Notification.show(rejected.getErrorMessage(), 8000,
                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR));
        return upload;
    }

    void show(@Nullable Long featuredImageId, List<Long> attachmentIds) {
        featured = media.find(featuredImageId).orElse(null);
        attachments.clear();
        attachmentIds.forEach(id -> media.find(id).ifPresent(attachments::add));
        showFeatured();
        showAttachments();
    }

    @Nullable Long featuredImageId() {
        return featured == null ? null : featured.id();
    }

    List<Long> attachmentIds() {
        return attachments.stream().map(MediaLink::id).toList();
    }

    private void showFeatured() {
        featuredBox.removeAll();
        if (featured != null) {
            Image image = new Image(featured.path(), featured.name());
            image.addClassName("featured-image-preview");
            Button remove = new Button(getTranslation("authoring.remove"), click -> {
                featured = null;
                showFeatured();
                onChange.run();
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            featuredBox.add(image, remove);
        }
    }

    private void showAttachments() {
        attachmentList.removeAll();
        for (MediaLink file : attachments) {
            Button remove = new Button(getTranslation("authoring.remove"), click -> {
                attachments.remove(file);
                showAttachments();
                onChange.run();
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            Anchor link = new Anchor(file.path(), file.name());
            link.setTarget("_blank");
            Div row = new Div(link, remove);
            row.addClassName("attachment-row");
            attachmentList.add(row);
        }
    }

    private static void delete(File file) {
        try {
            Files.deleteIfExists(file.toPath());
        } catch (IOException ignored) {
            // a temporary file; the system cleans its temp folder anyway
        }
    }
}
