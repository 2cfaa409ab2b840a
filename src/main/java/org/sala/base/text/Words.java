package org.sala.base.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Word boundaries for every script readers write in. Thai, Lao, Khmer and Burmese put no spaces
 * between words and Chinese none at all; ICU's dictionary-based word break finds the words.
 */
public final class Words {

    private static final BreakIterator PROTOTYPE = BreakIterator.getWordInstance(ULocale.ROOT);

    private Words() {}

    /** A word found in a text, with its position in it. */
    public record Word(String text, int start, int end) {

        public String normalized() {
            return normalize(text);
        }
    }

    /** The words of the text (letters, numbers, ideographs), leaving out spaces and punctuation. */
    public static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return words;
        }
        BreakIterator iterator = (BreakIterator) PROTOTYPE.clone();
        iterator.setText(text);
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            if (iterator.getRuleStatus() >= BreakIterator.WORD_NONE_LIMIT) {
                words.add(new Word(text.substring(start, end), start, end));
            }
        }
        return words;
    }

    /** The form in which words are compared: Unicode-normalised and lower case. */
    public static String normalize(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /**
     * The text cut to at most {@code maxChars} characters at a word boundary, or unchanged when it
     * is short enough. Whitespace at the cut is dropped.
     */
    public static String cut(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        BreakIterator iterator = (BreakIterator) PROTOTYPE.clone();
        iterator.setText(text);
        int boundary = iterator.preceding(maxChars + 1);
        if (boundary <= 0) {
            boundary = Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
        }
        return text.substring(0, boundary).strip();
    }
}
