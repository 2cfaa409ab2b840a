package org.sala.search.service;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.sala.base.text.Words;
import org.sala.search.domain.SearchTerms.QueryTerm;

/** Marks the searched terms in a text and cuts snippets around the first of them. */
final class Highlights {

    private static final int SNIPPET_CHARS = 280;
    private static final int CONTEXT_BEFORE = 80;
    private static final String ELLIPSIS = "…";

    private Highlights() {}

    /** A run of the text that is one of the terms, from its first word's start to its last's end. */
    private record Match(int start, int end) {}

    static List<TextRun> mark(String text, List<QueryTerm> terms) {
        List<TextRun> runs = new ArrayList<>();
        int position = 0;
        for (Match match : matches(text, terms)) {
            if (match.start() > position) {
                runs.add(new TextRun(text.substring(position, match.start()), false));
            }
            runs.add(new TextRun(text.substring(match.start(), match.end()), true));
            position = match.end();
        }
        if (position < text.length()) {
            runs.add(new TextRun(text.substring(position), false));
        }
        return runs;
    }

    static String snippet(String bodyText, List<QueryTerm> terms) {
        String text = bodyText.replaceAll("\\s+", " ").strip();
        List<Words.Word> words = Words.of(text);
        int start = 0;
        List<Match> matches = matches(text, terms);
        if (!matches.isEmpty() && matches.getFirst().start() > CONTEXT_BEFORE) {
            int earliest = matches.getFirst().start() - CONTEXT_BEFORE;
            OptionalInt wordStart = words.stream().mapToInt(Words.Word::start).filter(s -> s >= earliest).findFirst();
            start = wordStart.orElse(matches.getFirst().start());
        }
        String rest = text.substring(start);
        String cut = Words.cut(rest, SNIPPET_CHARS);
        return (start > 0 ? ELLIPSIS : "") + cut + (cut.length() < rest.length() ? ELLIPSIS : "");
    }

    private static List<Match> matches(String text, List<QueryTerm> terms) {
        List<Words.Word> words = Words.of(text);
        List<String> normalized = words.stream().map(Words.Word::normalized).toList();
        List<Match> matches = new ArrayList<>();
        int index = 0;
        while (index < words.size()) {
            int length = matchLength(normalized, index, terms);
            if (length > 0) {
                matches.add(new Match(words.get(index).start(), words.get(index + length - 1).end()));
                index += length;
            } else {
                index++;
            }
        }
        return matches;
    }

    /** The number of words of the longest term found at {@code index}, or 0. */
    private static int matchLength(List<String> normalized, int index, List<QueryTerm> terms) {
        return terms.stream().filter(term -> term.matchesAt(normalized, index))
                .mapToInt(term -> term.words().size()).max().orElse(0);
    }
}
