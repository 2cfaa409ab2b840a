package org.sala.base.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A client's address as the application keeps it: an IPv4 or IPv6 literal, or nothing. Whatever
 * else arrives as one (a forwarded header a proxy passed on, a host name) is no address: it is
 * never looked up in the DNS, never stored and never used as a key.
 */
public final class ClientAddresses {

    /** The longest text form of an IPv6 address (with an IPv4 tail), the size of {@code comment.author_ip}. */
    public static final int MAX_LENGTH = 45;

    private static final String OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(?:\\." + OCTET + "){3}");
    /** Hex digits, colons and (for an IPv4 tail) dots only: no zone, no brackets, no host name. */
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]+");

    private ClientAddresses() {}

    /**
     * The address in its usual form ({@code 2001:db8:0:0:0:0:0:1} however it was written, so one
     * address is one key), or null when the text is not an IP literal.
     */
    public static @Nullable String literalOrNull(@Nullable String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
            return null;
        }
        if (IPV4.matcher(text).matches()) {
            return text;
        }
        if (text.indexOf(':') < 0 || !IPV6_CHARACTERS.matcher(text).matches()) {
            return null;
        }
        try {
            // A text with a colon is parsed as an IPv6 literal, never looked up: it parses or fails.
            return InetAddress.getByName(text).getHostAddress();
        } catch (UnknownHostException notAnAddress) {
            return null;
        }
    }
}
