package org.sala.comment;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Who wrote a comment. Readers give a name, an email (never shown) and maybe a website; a
 * moderator's reply carries their account.
 */
public record CommentAuthor(String name, String email, @Nullable String url, @Nullable String ip, @Nullable Long staffAccountId) {

    /** The name a comment is stored under when it came without one (an import whose name was only markup). */
    public static final String ANONYMOUS = "Anonymous";

    /**
     * A website a comment may link its author's name to, without regard to case: http or https,
     * and nothing that could leave an HTML attribute. The reader form's rule, and what every
     * comment stored keeps ({@link Comment}), whatever it came from.
     */
    public static final String WEB_ADDRESS = "https?://[^\\s<>\"'`]+";
    private static final Pattern WEB_ADDRESS_PATTERN = Pattern.compile(WEB_ADDRESS, Pattern.CASE_INSENSITIVE);

    /** Whether the text is a {@link #WEB_ADDRESS} (spaces around it aside). */
    public static boolean isWebAddress(@Nullable String url) {
        return url != null && WEB_ADDRESS_PATTERN.matcher(url.strip()).matches();
    }

    /** The website as stored: the given one when it is a web address, else none. */
    public @Nullable String website() {
        return url != null && isWebAddress(url) ? url.strip() : null;
    }

    /** Whether a website was given that is not a web address ({@code javascript:…}, {@code data:…}), so none is stored. */
    public boolean websiteDropped() {
        return url != null && !url.isBlank() && website() == null;
    }
}
