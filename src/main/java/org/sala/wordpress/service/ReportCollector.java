package org.sala.wordpress.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The report as it grows, on the import's own thread; {@link #snapshot()} hands out copies. */
final class ReportCollector {

    static final int MAX_NOTES = 500;

    private final Map<String, Integer> imported = new LinkedHashMap<>();
    private final List<ImportReport.Note> skipped = new ArrayList<>();
    private final List<ImportReport.Note> warnings = new ArrayList<>();
    private int alreadyThere;
    private int skippedTotal;
    private int warningsTotal;

    ReportCollector() {
        for (String kind : List.of("authors", "categories", "tags", "posts", "pages", "comments", "attachments")) {
            imported.put(kind, 0);
        }
    }

    synchronized void imported(String kind) {
        imported.merge(kind, 1, Integer::sum);
    }

    synchronized void alreadyThere() {
        alreadyThere++;
    }

    synchronized void skipped(String what, String key, String detail) {
        skippedTotal++;
        if (skipped.size() < MAX_NOTES) {
            skipped.add(new ImportReport.Note(what, key, detail));
        }
    }

    synchronized void warning(String what, String key, String detail) {
        warningsTotal++;
        if (warnings.size() < MAX_NOTES) {
            warnings.add(new ImportReport.Note(what, key, detail));
        }
    }

    /** Adds what one item's import noted, once that item is committed. */
    synchronized void add(ReportCollector item) {
        item.imported.forEach((kind, count) -> imported.merge(kind, count, Integer::sum));
        alreadyThere += item.alreadyThere;
        item.skipped.forEach(note -> skipped(note.what(), note.key(), note.detail()));
        item.warnings.forEach(note -> warning(note.what(), note.key(), note.detail()));
        skippedTotal += item.skippedTotal - item.skipped.size();
        warningsTotal += item.warningsTotal - item.warnings.size();
    }

    synchronized ImportReport snapshot() {
        return new ImportReport(Collections.unmodifiableMap(new LinkedHashMap<>(imported)), alreadyThere,
                List.copyOf(skipped), List.copyOf(warnings), skippedTotal, warningsTotal);
    }
}
