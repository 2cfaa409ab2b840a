package org.sala.wordpress.service;

import java.util.List;
import java.util.Map;

/**
 * What an import did: how many of each kind it added ({@code posts}, {@code comments}, …), how
 * many it found there already, what it left out and why, and what it changed on the way.
 * Reasons and warnings are translation keys, each with one argument. The lists hold the first
 * {@code ReportCollector.MAX_NOTES} notes; the totals count them all.
 */
public record ImportReport(Map<String, Integer> imported, int alreadyThere, List<Note> skipped,
        List<Note> warnings, int skippedTotal, int warningsTotal) {

    /** {@code what} names the item ("Hello world! (#1)"), {@code key} the reason, {@code detail} its argument. */
    public record Note(String what, String key, String detail) {}
}
