package org.sala.moderation.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.sala.comment.CommentStatus;

/**
 * One line of a comment's history. {@code from} is null for a comment created already decided;
 * {@code undo} says the line took back the one before it; {@code textBefore} is the text an edit replaced.
 */
public record DecisionEntry(String moderatorName, @Nullable CommentStatus from, CommentStatus to, boolean bodyEdited,
        Instant decidedAt, boolean undo, @Nullable String textBefore) {

    /** How the commenter's own changes within the edit window are signed. */
    public static final String COMMENTER = "The commenter";

    /** How the spam filter signs its decisions (followed by the score and the threshold). */
    public static final String SPAM_FILTER = "Spam filter";

    public boolean byCommenter() {
        return COMMENTER.equals(moderatorName);
    }

    public boolean bySpamFilter() {
        return from == null && moderatorName.startsWith(SPAM_FILTER);
    }
}
