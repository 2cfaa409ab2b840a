package org.sala.search.domain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sala.base.text.Words;

/**
 * Search terms as stored in the FULLTEXT columns: each word, segmented by ICU and normalised, is
 * written as "w" followed by the hex of its UTF-8 bytes.
 *
 * <p>Why: InnoDB's own tokenizer splits Thai, Khmer and Burmese words at their combining marks,
 * drops words shorter than {@code innodb_ft_min_token_size} (3 by default, and only settable at
 * server start) and skips its English stop words. Encoded terms are plain ASCII words of three
 * characters or more that are never stop words, so search behaves the same on any MariaDB server
 * without tuning it.
 */
public final class SearchTerms {

    /** InnoDB ignores tokens longer than 84 characters; longer words keep a 40-byte prefix. */
    private static final int MAX_WORD_BYTES = 40;

    /** Single words this long or longer also find longer words that start with them. */
    static final int PREFIX_MIN_LENGTH = 4;

    private static final HexFormat HEX = HexFormat.of();

    private SearchTerms() {}

    /**
     * One thing a reader searches for: what they typed between spaces. Thai, Khmer or Chinese
     * typed without spaces holds several words; they must then appear together, as a phrase.
     *
     * @param text the term as typed, without surrounding punctuation, for showing it
     * @param words its normalised words
     */
    public record QueryTerm(String text, List<String> words) {

        /** Whether the text's words starting at {@code index} are this term. */
        public boolean matchesAt(List<String> normalizedTextWords, int index) {
            if (index + words.size() > normalizedTextWords.size()) {
                return false;
            }
            if (words.size() == 1) {
                return matches(words.getFirst(), normalizedTextWords.get(index));
            }
            return words.equals(normalizedTextWords.subList(index, index + words.size()));
        }

        String booleanClause() {
            if (words.size() == 1) {
                String word = words.getFirst();
                return "+" + encode(word) + (isPrefix(word) ? "*" : "");
            }
            return words.stream().map(SearchTerms::encode).collect(Collectors.joining(" ", "+\"", "\""));
        }

        /**
         * The same match as {@link #booleanClause()} as a LIKE pattern on the encoded terms written
         * as {@code ' ' + title_terms + ' | ' + body_terms + ' '}: a term starts after a space,
         * a whole word (or phrase) ends before one. Encoded terms hold no LIKE wildcards.
         */
        String likePattern() {
            String encoded = words.stream().map(SearchTerms::encode).collect(Collectors.joining(" "));
            boolean prefix = words.size() == 1 && isPrefix(words.getFirst());
            return "% " + encoded + (prefix ? "%" : " %");
        }
    }

    /** The encoded terms of a text, space-separated, in the order they occur. */
    public static String encodeText(String text) {
        return Words.of(text).stream().map(word -> encode(word.normalized())).collect(Collectors.joining(" "));
    }

    /**
     * The distinct terms of a reader's query, at most {@code maxWords} words in all; punctuation
     * and search operators fall away.
     */
    public static List<QueryTerm> queryTerms(String query, int maxWords) {
        Map<List<String>, QueryTerm> terms = new LinkedHashMap<>();
        int wordCount = 0;
        for (String chunk : query.strip().split("\\s+")) {
            List<Words.Word> words = Words.of(chunk);
            if (words.isEmpty() || wordCount + words.size() > maxWords) {
                continue;
            }
            List<String> normalized = new ArrayList<>(words.stream().map(Words.Word::normalized).toList());
            String text = chunk.substring(words.getFirst().start(), words.getLast().end());
            if (terms.putIfAbsent(normalized, new QueryTerm(text, List.copyOf(normalized))) == null) {
                wordCount += words.size();
            }
        }
        return List.copyOf(terms.values());
    }

    /** LIKE patterns on the encoded terms that together match as {@link #booleanQuery} does. */
    public static List<String> likePatterns(List<QueryTerm> terms) {
        return terms.stream().map(QueryTerm::likePattern).toList();
    }

    /** A MariaDB boolean-mode query that requires every term. */
    public static String booleanQuery(List<QueryTerm> terms) {
        return terms.stream().map(QueryTerm::booleanClause).collect(Collectors.joining(" "));
    }

    /**
     * Whether a word of a text counts as a searched single word: itself, or a longer word that
     * starts with it ("migrant" finds "migrants"). Short words only find themselves, or "at"
     * would find half the site.
     */
    static boolean matches(String queryWord, String normalizedTextWord) {
        return isPrefix(queryWord) ? normalizedTextWord.startsWith(queryWord) : normalizedTextWord.equals(queryWord);
    }

    private static boolean isPrefix(String word) {
        return word.codePointCount(0, word.length()) >= PREFIX_MIN_LENGTH;
    }

    static String encode(String normalizedWord) {
        byte[] bytes = normalizedWord.getBytes(StandardCharsets.UTF_8);
        int length = Math.min(bytes.length, MAX_WORD_BYTES);
        return "w" + HEX.formatHex(bytes, 0, length);
    }
}
