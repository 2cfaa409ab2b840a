package org.sala.wordpress.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.sala.account.AccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Imports a WordPress export. The whole file is read once first, so that a broken or hostile one
 * changes nothing; then each author, term and item is imported in its own transaction, and a
 * failing item is reported and skipped without touching the others.
 */
@Service
public class WordPressImportService {

    /** Bigger exports are refused: split them with WordPress's export filters. */
    public static final long MAX_FILE_BYTES = 200L * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(WordPressImportService.class);
    private static final Set<String> CONTENT_TYPES = Set.of("post", "page");

    private final WordPressItemImporter importer;
    private final AccountService accounts;
    private final AtomicBoolean running = new AtomicBoolean();

    WordPressImportService(WordPressItemImporter importer, AccountService accounts) {
        this.importer = importer;
        this.accounts = accounts;
    }

    /**
     * Imports the file on a thread of its own, telling {@code progress} how far it is; the file is
     * deleted at the end. Returns false, without starting, while another import runs.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean start(Path file, Consumer<ImportProgress> progress) {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        String admin = accounts.current().username();
        Thread.ofVirtual().name("wordpress-import").start(() -> {
            try {
                importFile(file, admin, progress);
            } catch (WxrFormatException refused) {
                progress.accept(new ImportProgress(ImportProgress.Phase.FAILED, 0, 0, null, refused.key(),
                        refused.detail()));
            } catch (RuntimeException e) {
                log.error("WordPress import failed", e);
                progress.accept(new ImportProgress(ImportProgress.Phase.FAILED, 0, 0, null,
                        "wordpress.error.unexpected", ""));
            } finally {
                running.set(false);
                delete(file);
            }
        });
        return true;
    }

    /** Imports the file here and now (the background job, and tests); refuses a bad file whole. */
    @PreAuthorize("hasRole('ADMIN')")
    public ImportReport importNow(Path file, Consumer<ImportProgress> progress) {
        return importFile(file, accounts.current().username(), progress);
    }

    private ImportReport importFile(Path file, String admin, Consumer<ImportProgress> progress) {
        checkSize(file);
        progress.accept(new ImportProgress(ImportProgress.Phase.CHECKING, 0, 0, null, null, null));
        int[] total = {0};
        WxrReader.read(file, new WxrReader.Handler() {
            @Override
            public void header(Wxr.Header header) {}

            @Override
            public void item(Wxr.Item item) {
                total[0]++;
            }
        });
        ReportCollector report = new ReportCollector();
        List<Wxr.Item> attachments = new ArrayList<>();
        ImportRun[] run = {null};
        int[] done = {0};
        WxrReader.read(file, new WxrReader.Handler() {
            @Override
            public void header(Wxr.Header header) {
                run[0] = new ImportRun(header.source(), admin);
                importHeader(run[0], header, report);
                progress.accept(new ImportProgress(ImportProgress.Phase.IMPORTING, 0, total[0], report.snapshot(),
                        null, null));
            }

            @Override
            public void item(Wxr.Item item) {
                if ("attachment".equals(item.postType())) {
                    attachments.add(item);
                } else if (CONTENT_TYPES.contains(item.postType())) {
                    atomically(WordPressItemImporter.describe(item), report,
                            itemReport -> importer.item(run[0], item, itemReport));
                } else {
                    report.skipped(WordPressItemImporter.describe(item), "wordpress.skip.type", item.postType());
                }
                done[0]++;
                if (done[0] % 5 == 0 || done[0] == total[0]) {
                    progress.accept(new ImportProgress(ImportProgress.Phase.IMPORTING, done[0], total[0],
                            report.snapshot(), null, null));
                }
            }
        });
        // attachments last: their posts may come after them in the file
        attachments.forEach(item -> atomically(WordPressItemImporter.describe(item), report,
                itemReport -> importer.attachment(run[0], item, itemReport)));
        ImportReport finished = report.snapshot();
        progress.accept(new ImportProgress(ImportProgress.Phase.FINISHED, total[0], total[0], finished, null, null));
        log.info("WordPress import from {}: {}, {} already there, {} skipped, {} warnings", run[0].source,
                finished.imported(), finished.alreadyThere(), finished.skipped().size(), finished.warnings().size());
        return finished;
    }

    private void importHeader(ImportRun run, Wxr.Header header, ReportCollector report) {
        for (Wxr.Author author : header.authors()) {
            if (author.login().isBlank()) {
                report.skipped(author.displayName(), "wordpress.skip.no-login", "");
                continue;
            }
            atomically(author.login(), report,
                    itemReport -> run.usernames.put(author.login(), importer.author(run, author, itemReport)));
        }
        // parents before children, whatever order the file lists them in
        Map<String, Wxr.Term> bySlug = new HashMap<>();
        header.categories().forEach(category -> bySlug.put(category.slug(), category));
        Set<String> visiting = new HashSet<>();
        for (Wxr.Term category : header.categories()) {
            category(run, category, bySlug, visiting, report);
        }
        for (Wxr.Term tag : header.tags()) {
            atomically(tag.name(), report,
                    itemReport -> run.tagIds.put(tag.slug(), importer.tag(run, tag, itemReport)));
        }
    }

    private @Nullable Long category(ImportRun run, Wxr.Term category, Map<String, Wxr.Term> bySlug, Set<String> visiting,
            ReportCollector report) {
        if (run.categoryIds.containsKey(category.slug()) || !visiting.add(category.slug())) {
            return run.categoryIds.get(category.slug());
        }
        Wxr.Term parent = bySlug.get(category.parentSlug());
        Long parentId = parent == null ? null : category(run, parent, bySlug, visiting, report);
        atomically(category.name(), report,
                itemReport -> run.categoryIds.put(category.slug(), importer.category(run, category, parentId, itemReport)));
        return run.categoryIds.get(category.slug());
    }

    /** One item in its own transaction: its notes count only once it is committed. */
    private static void atomically(String what, ReportCollector report, Consumer<ReportCollector> work) {
        ReportCollector itemReport = new ReportCollector();
        try {
            work.accept(itemReport);
            report.add(itemReport);
        } catch (RuntimeException e) {
            log.warn("WordPress import skipped {}", what, e);
            report.skipped(what, "wordpress.skip.failed", e.getClass().getSimpleName());
        }
    }

    private static void checkSize(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new WxrFormatException("wordpress.error.too-big", String.valueOf(MAX_FILE_BYTES / 1024 / 1024));
            }
        } catch (IOException e) {
            throw new WxrFormatException("wordpress.error.unreadable", "");
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file; the system cleans its temp folder anyway
        }
    }
}
