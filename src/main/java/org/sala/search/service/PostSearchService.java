package org.sala.search.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sala.post.PostListService;
import org.sala.post.PostSummary;
import org.sala.search.domain.PostSearchRepository;
import org.sala.search.domain.PostText;
import org.sala.search.domain.SearchTerms.QueryTerm;
import org.sala.search.domain.SearchTerms;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Full-text search over the titles and bodies of published posts. */
@Service
@Transactional(readOnly = true)
public class PostSearchService {

    public static final int PAGE_SIZE = 10;
    static final int MAX_QUERY_CHARS = 200;
    static final int MAX_WORDS = 12;
    /**
     * Rows MariaDB may read (a post and its index entry count two) while finding out whether the
     * newest thousand or so posts hold a page of matches: then the words are common.
     */
    static final int COMMON_WITHIN_ROWS = 2_000;

    private final PostSearchRepository entries;
    private final PostListService postList;

    PostSearchService(PostSearchRepository entries, PostListService postList) {
        this.entries = entries;
        this.postList = postList;
    }

    public SearchResults search(String query, int page) {
        String trimmed = query == null ? "" : query.strip();
        if (trimmed.length() > MAX_QUERY_CHARS) {
            trimmed = trimmed.substring(0, MAX_QUERY_CHARS);
        }
        List<QueryTerm> terms = SearchTerms.queryTerms(trimmed, MAX_WORDS);
        int safePage = Math.max(1, page);
        if (terms.isEmpty()) {
            return new SearchResults(trimmed, terms, List.of(), safePage, false);
        }
        long offset = (long) (safePage - 1) * PAGE_SIZE;
        List<Long> ids = commonWordsFirstPage(terms)
                .map(firstPage -> safePage == 1 ? firstPage
                        : entries.findNewestPublishedContaining(SearchTerms.likePatterns(terms), PAGE_SIZE + 1, offset, 0))
                .orElseGet(() -> entries.findPublishedMatches(SearchTerms.booleanQuery(terms), PAGE_SIZE + 1, offset));
        boolean hasMore = ids.size() > PAGE_SIZE;
        List<Long> pageIds = hasMore ? ids.subList(0, PAGE_SIZE) : ids;
        Map<Long, String> texts = entries.findTexts(pageIds).stream()
                .collect(Collectors.toMap(PostText::postId, PostText::bodyText));
        List<SearchHit> hits = postList.summaries(pageIds).stream()
                .map(post -> hit(post, texts.getOrDefault(post.id(), ""), terms))
                .toList();
        return new SearchResults(trimmed, terms, hits, safePage, hasMore);
    }

    /**
     * Words that many posts contain match thousands of posts; ranking them all by relevance read
     * every match (seconds for one in ten of 100,000 posts). Such searches list the matching posts
     * newest first instead, read along the publication dates: a page is found after a few dozen
     * posts. Rarer words keep the ranking (title matches first), which is cheap for few matches.
     *
     * @return the first page (with one more id) when the words are common, else empty
     */
    private Optional<List<Long>> commonWordsFirstPage(List<QueryTerm> terms) {
        List<Long> newest = entries.findNewestPublishedContaining(SearchTerms.likePatterns(terms), PAGE_SIZE + 1, 0,
                COMMON_WITHIN_ROWS);
        return newest.size() > PAGE_SIZE ? Optional.of(newest) : Optional.empty();
    }

    private static SearchHit hit(PostSummary post, String bodyText, List<QueryTerm> terms) {
        return new SearchHit(post, Highlights.mark(post.title(), terms),
                Highlights.mark(Highlights.snippet(bodyText, terms), terms));
    }
}
