package org.sala.comment;

import java.util.Optional;

/**
 * A post's own choice of what happens to its new comments, where it has one (the moderation
 * module keeps them); otherwise the site's setting applies.
 */
public interface PostArrival {

    /** The note on a comment whose post's own setting, not the site's, decided where it went. */
    String POST_SETTING = "post";

    Optional<CommentArrival> arrivalFor(long postId);
}
