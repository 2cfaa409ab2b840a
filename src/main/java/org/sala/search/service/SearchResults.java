package org.sala.search.service;

import java.util.List;
import org.sala.search.domain.SearchTerms.QueryTerm;

/**
 * One page of results. {@code terms} are what was searched for, as Sala understood the query;
 * when there are none (an empty query, or only punctuation) there are no hits.
 */
public record SearchResults(String query, List<QueryTerm> terms, List<SearchHit> hits, int page, boolean hasMore) {

    public boolean hasWords() {
        return !terms.isEmpty();
    }

    /** The terms as typed, for showing what was searched for. */
    public List<String> termTexts() {
        return terms.stream().map(QueryTerm::text).toList();
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
