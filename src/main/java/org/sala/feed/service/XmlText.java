package org.sala.feed.service;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Text that XML 1.0 can hold. A control character in a title would otherwise make the XML
 * writer fail, and with it the whole feed.
 */
final class XmlText {

    private static final Pattern NOT_XML = Pattern.compile(
            "[^\\u0009\\u000A\\u000D\\u0020-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    private XmlText() {}

    static @Nullable String of(@Nullable String text) {
        return text == null ? null : NOT_XML.matcher(text).replaceAll("");
    }
}
