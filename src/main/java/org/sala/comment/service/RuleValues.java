package org.sala.comment.service;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sala.comment.CommentRuleKind;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * How list values are written down, so that what a moderator types and what a commenter sends
 * compare equal: words in NFKC lower case (full-width and ligature tricks fold away), emails in
 * lower case, domains in their ASCII (punycode) form, IP ranges as Spring Security parses them.
 */
public final class RuleValues {

    static final int MIN_WORD = 2;
    static final int MAX_VALUE = 255;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");
    // Only literal addresses: IpAddressMatcher would otherwise resolve a host name through DNS.
    private static final Pattern IP = Pattern.compile("[0-9a-f:.]+(/[0-9]{1,3})?");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private RuleValues() {}

    /** The value as stored, or empty when it is not a valid entry for the list. */
    public static Optional<String> normalise(CommentRuleKind kind, String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String value = typed.strip();
        Optional<String> normal = switch (kind) {
            case BLOCKED_WORD, WATCHED_WORD -> Optional.of(text(value))
                    .filter(word -> word.codePointCount(0, word.length()) >= MIN_WORD);
            case BLOCKED_EMAIL -> Optional.of(value.toLowerCase(Locale.ROOT)).filter(email -> EMAIL.matcher(email).matches())
                    .map(email -> email.substring(0, email.lastIndexOf('@') + 1) + domain(email.substring(email.lastIndexOf('@') + 1)));
            case BLOCKED_DOMAIN -> Optional.of(domain(value.startsWith("@") ? value.substring(1) : value))
                    .filter(domain -> DOMAIN.matcher(domain).matches());
            case BLOCKED_IP -> ipRange(value.toLowerCase(Locale.ROOT));
        };
        return normal.filter(found -> !found.isEmpty() && found.length() <= MAX_VALUE);
    }

    /** Text as words are compared: NFKC, lower case, runs of spaces as one. */
    public static String text(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return SPACES.matcher(folded).replaceAll(" ").strip();
    }

    /** The domain in ASCII lower case; an unusable one comes back as given, to fail the check. */
    static String domain(String domain) {
        try {
            return IDN.toASCII(domain.strip(), IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notADomain) {
            return domain;
        }
    }

    private static Optional<String> ipRange(String value) {
        if (!IP.matcher(value).matches()) {
            return Optional.empty();
        }
        try {
            new IpAddressMatcher(value);
            return Optional.of(value);
        } catch (IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
    }
}
