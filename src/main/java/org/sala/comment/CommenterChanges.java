package org.sala.comment;

import org.jspecify.annotations.Nullable;

/**
 * Where a commenter's own change of their comment (an edit or a deletion within the edit window)
 * goes on record: the moderation module keeps it in the comment's history, with the text as it was.
 * Called in the transaction that changes the comment.
 */
public interface CommenterChanges {

    /**
     * @param textBefore the raw text before an edit; null for a deletion
     */
    void changed(long commentId, CommentStatus from, CommentStatus to, @Nullable String textBefore);
}
