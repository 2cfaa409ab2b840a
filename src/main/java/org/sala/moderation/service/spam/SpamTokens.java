package org.sala.moderation.service.spam;

import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A comment as the classifier sees it: lower-case words (ICU word boundaries, so Thai, Khmer, Lao
 * and Burmese split too), with every link, number, run of capitals and "!!!" as a token of its own
 * kind, the first letters of long words, and the length, since spam shows itself as much by those
 * as by its words.
 */
final class SpamTokens {

    private static final Pattern LINK = Pattern.compile("(?i)(?:https?://|www\\.)\\S+|\\b[\\w-]+\\.(?:com|net|org|ly|info|biz|ru|tk)\\b\\S*");
    private static final Pattern SHOUT = Pattern.compile("\\b\\p{Lu}{4,}\\b");
    private static final Pattern BANGS = Pattern.compile("[!?]{2,}");
    private static final int MAX_TOKENS = 400;
    private static final int PREFIX = 5;

    private SpamTokens() {}

    private static int bits(int count) {
        return Integer.SIZE - Integer.numberOfLeadingZeros(count);
    }

    static String[] of(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher links = LINK.matcher(text);
        while (links.find()) {
            tokens.add("__link__");
            String host = links.group().toLowerCase(Locale.ROOT).replaceFirst("^(https?://)?(www\\.)?", "");
            int end = host.indexOf('/');
            tokens.add("__host_" + (end < 0 ? host : host.substring(0, end)));
        }
        String rest = LINK.matcher(text).replaceAll(" ");
        if (SHOUT.matcher(rest).find()) {
            tokens.add("__shout__");
        }
        if (BANGS.matcher(rest).find()) {
            tokens.add("__bangs__");
        }
        BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
        String lower = rest.toLowerCase(Locale.ROOT);
        words.setText(lower);
        for (int start = words.first(), end = words.next(); end != BreakIterator.DONE && tokens.size() < MAX_TOKENS;
                start = end, end = words.next()) {
            if (words.getRuleStatus() == BreakIterator.WORD_NONE) {
                continue;
            }
            String word = lower.substring(start, end);
            tokens.add(word.chars().allMatch(Character::isDigit) ? "__number__" : word);
        }
        // the start of each long word generalises over its endings ("subscribe", "subscribers")
        List<String> starts = new ArrayList<>();
        for (String token : tokens) {
            if (token.length() > PREFIX && !token.startsWith("__")) {
                starts.add("p:" + token.substring(0, PREFIX));
            }
        }
        int count = tokens.size();
        tokens.addAll(starts);
        // how long it is, in powers of two: spam runs long
        tokens.add("__words" + bits(count));
        tokens.add("__chars" + bits(text.length() / 10 + 1));
        return tokens.toArray(String[]::new);
    }
}
