package org.sala.search.domain;

import java.util.List;

/** Searches whose SQL depends on the number of terms. */
public interface PostSearchQueries {

    /**
     * Ids of published posts whose encoded terms match every LIKE pattern (see
     * {@link SearchTerms#likePatterns}), newest first, read along the index of publication dates.
     * Cheap for words many posts contain (a page is found after a few dozen posts), slow for rare
     * ones: give {@code maxRowsExamined} to stop early (MariaDB's {@code LIMIT ... ROWS EXAMINED}),
     * or 0 for no limit.
     */
    List<Long> findNewestPublishedContaining(List<String> likePatterns, int limit, long offset, int maxRowsExamined);
}
