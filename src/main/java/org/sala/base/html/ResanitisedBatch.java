package org.sala.base.html;

import java.util.List;

/**
 * What one batch did: how many outdated rows it sanitised again, how many of them came out
 * different from what was stored, and the last id it read (the next batch starts after it).
 */
public record ResanitisedBatch(int rows, int changed, long lastId) {

    public static ResanitisedBatch of(List<StoredHtml> rows, int changed) {
        return new ResanitisedBatch(rows.size(), changed, rows.isEmpty() ? 0 : rows.getLast().id());
    }
}
