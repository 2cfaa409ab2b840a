package org.sala.base.html;

/**
 * One kind of stored HTML (post bodies, pages, comments) whose rows remember the version of the
 * sanitiser policy they went through. Each feature implements it for its own table;
 * {@link StoredHtmlResanitiser} walks them all.
 */
public interface OutdatedHtml {

    /** What the rows are, for the log: "posts". */
    String kind();

    /** The version of the policy as it is now; rows stored under a lower one are outdated. */
    int currentVersion();

    /**
     * Sanitises up to {@code batchSize} outdated rows with an id above {@code afterId} (in id
     * order) again with the current policy and stamps them with its version, in one transaction.
     */
    ResanitisedBatch resanitiseAfter(long afterId, int batchSize);
}
