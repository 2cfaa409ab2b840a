package org.sala.wordpress.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Objects;
import org.sala.base.site.SiteProperties;
import org.sala.staff.StaffLayout;
import org.sala.wordpress.service.ImportProgress;
import org.sala.wordpress.service.ImportReport;
import org.sala.wordpress.service.WordPressImportService;

/**
 * Moves a WordPress site in (upload its export; the import runs in the background and shows its
 * progress here) and out (download everything as a WordPress export).
 */
@Route(value = "staff/wordpress", layout = StaffLayout.class)
@Menu(title = "wordpress.title", order = 6)
@RolesAllowed("ADMIN")
public class WordPressImportView extends Div implements HasDynamicTitle {

    private static final long MAX_MB = WordPressImportService.MAX_FILE_BYTES / 1024 / 1024;

    private final WordPressImportService imports;
    private final SiteProperties site;
    private final ProgressBar progressBar = new ProgressBar();
    private final Span status = new Span();
    private final Div report = new Div();
    private final Upload upload;

    public WordPressImportView(WordPressImportService imports, SiteProperties site) {
        this.imports = imports;
        this.site = site;
        addClassName("wordpress-admin");

        upload = new Upload(UploadHandler.toTempFile((metadata, file) -> start(file)));
        upload.addClassName("wordpress-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".xml", "application/xml", "text/xml");
        upload.setMaxFileSize((int) WordPressImportService.MAX_FILE_BYTES);
        upload.setDropLabel(new Span(getTranslation("wordpress.drop", MAX_MB)));
        upload.setI18n(new UploadI18N().setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("wordpress.too-big", MAX_MB))
                .setIncorrectFileType(getTranslation("wordpress.wrong-type"))
                .setTooManyFiles(getTranslation("wordpress.one-file"))));
        upload.addFileRejectedListener(rejected -> showError(rejected.getErrorMessage()));

        progressBar.addClassName("wordpress-progress");
        progressBar.setVisible(false);
        status.addClassName("wordpress-status");
        report.addClassName("wordpress-report");

        Anchor export = new Anchor("/staff/wordpress/export.xml", getTranslation("wordpress.export"));
        export.getElement().setAttribute("router-ignore", true);
        export.getElement().setAttribute("download", true);
        export.addClassName("wordpress-export");

        add(new H1(getTranslation("wordpress.title")), new Paragraph(getTranslation("wordpress.intro")), upload,
                progressBar, status, report, new H2(getTranslation("wordpress.export-title")), export,
                new Paragraph(getTranslation("wordpress.export-help")));
    }

    private void start(File file) {
        UI ui = getUI().orElseThrow();
        ui.access(() -> {
            report.removeAll();
            progressBar.setVisible(true);
            progressBar.setIndeterminate(true);
            status.setText(getTranslation("wordpress.checking"));
        });
        boolean started = imports.start(file.toPath(), progress -> {
            try {
                ui.access(() -> show(progress));
            } catch (UIDetachedException gone) {
                // the admin left the page; the import goes on and its report is in the log
            }
        });
        if (!started) {
            delete(file);
            ui.access(() -> {
                progressBar.setVisible(false);
                showError(getTranslation("wordpress.busy"));
            });
        }
    }

    private void show(ImportProgress progress) {
        switch (progress.phase()) {
            case CHECKING -> {
                progressBar.setIndeterminate(true);
                status.setText(getTranslation("wordpress.checking"));
            }
            case IMPORTING -> {
                progressBar.setIndeterminate(false);
                progressBar.setValue(progress.fraction());
                status.setText(getTranslation("wordpress.importing", progress.done(), progress.total()));
            }
            case FINISHED -> {
                progressBar.setIndeterminate(false);
                progressBar.setValue(1);
                status.setText(getTranslation("wordpress.finished"));
                upload.clearFileList();
                showReport(Objects.requireNonNull(progress.report())); // a finished import has its report
            }
            case FAILED -> {
                progressBar.setVisible(false);
                status.setText("");
                upload.clearFileList();
                showError(getTranslation(progress.errorKey(), progress.errorDetail()));
            }
        }
    }

    private void showReport(ImportReport result) {
        report.removeAll();
        UnorderedList counts = new UnorderedList();
        counts.addClassName("wordpress-counts");
        result.imported().forEach((kind, count) -> counts.add(new ListItem(
                getTranslation("wordpress.kind." + kind) + ": " + count)));
        report.add(counts, new Paragraph(getTranslation("wordpress.already-there", result.alreadyThere())));
        notes("wordpress.skipped", "wordpress-skipped", result.skipped(), result.skippedTotal());
        notes("wordpress.warnings", "wordpress-warnings", result.warnings(), result.warningsTotal());
    }

    private void notes(String titleKey, String className, List<ImportReport.Note> notes, int total) {
        if (notes.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName(className);
        notes.forEach(note -> list.add(new ListItem(note.what() + ": " + getTranslation(note.key(), note.detail()))));
        report.add(new H2(getTranslation(titleKey) + " (" + total + ")"));
        if (total > notes.size()) {
            Paragraph more = new Paragraph(getTranslation("wordpress.notes-listed", notes.size(), total));
            more.addClassName(className + "-total");
            report.add(more);
        }
        report.add(list);
    }

    private void showError(String message) {
        Div error = new Div(message);
        error.addClassName("wordpress-error");
        report.removeAll();
        report.add(error);
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
    }

    private static void delete(File file) {
        try {
            Files.deleteIfExists(file.toPath());
        } catch (IOException ignored) {
            // a temporary file; the system cleans its temp folder anyway
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.plain", getTranslation("wordpress.title"), site.name());
    }
}
