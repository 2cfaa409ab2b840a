package org.sala.comment;

/** What happens to a comment with more links than the settings allow. */
public enum TooManyLinks {
    HOLD,
    SPAM
}
