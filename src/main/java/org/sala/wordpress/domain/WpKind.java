package org.sala.wordpress.domain;

/** The kinds of WordPress objects an import remembers. */
public enum WpKind {
    AUTHOR,
    CATEGORY,
    TAG,
    POST,
    PAGE,
    COMMENT
}
