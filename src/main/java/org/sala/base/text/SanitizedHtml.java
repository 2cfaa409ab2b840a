package org.sala.base.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finishing touches on what the OWASP sanitiser returns. */
public final class SanitizedHtml {

    /**
     * The sanitiser writes characters outside the Basic Multilingual Plane (emoji, rare CJK) as
     * numeric references ({@code &#x1f30f;}). They are never markup, so they are turned back into
     * the characters themselves: the stored HTML then holds the text exactly as it was written.
     */
    private static final Pattern SUPPLEMENTARY_REFERENCE = Pattern.compile("&#x([1-9a-fA-F][0-9a-fA-F]{4}|10[0-9a-fA-F]{4});");

    private SanitizedHtml() {}

    public static String withSupplementaryCharacters(String sanitizedHtml) {
        Matcher matcher = SUPPLEMENTARY_REFERENCE.matcher(sanitizedHtml);
        return matcher.replaceAll(match -> Matcher.quoteReplacement(
                Character.toString(Integer.parseInt(match.group(1), 16))));
    }
}
