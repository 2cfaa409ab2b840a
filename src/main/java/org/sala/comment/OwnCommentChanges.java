package org.sala.comment;

import java.util.Collection;
import java.util.Set;

/**
 * The comment change a view has just made and already shown, so that it does not make the same
 * page again when {@link LiveComments} tells every open view, this one included, after the commit.
 * Used inside the view's UI lock only.
 */
public final class OwnCommentChanges {

    private Set<Long> shown = Set.of();

    /** The view changed these comments and shows the result itself. */
    public void shown(Collection<Long> commentIds) {
        shown = Set.copyOf(commentIds);
    }

    /**
     * Whether the change is the view's own, told back to it. Any change ends the wait for it, so a
     * later change of the same comments by someone else is always shown.
     */
    public boolean isOwn(CommentsChanged change) {
        boolean own = !shown.isEmpty() && change.commentIds().equals(shown);
        shown = Set.of();
        return own;
    }
}
