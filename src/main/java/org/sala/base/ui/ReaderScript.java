package org.sala.base.ui;

/**
 * {@code scripts/reader.js}, on every reader page: it enables the forms of a cached page and,
 * when the reader starts writing, starts Vaadin's client for the same page and swaps the live
 * page in, with whatever was typed. On a live page it makes a form live when it is first used.
 */
public final class ReaderScript {

    private static final String PATH = VaadinClient.versioned("scripts/reader.js");

    private ReaderScript() {}

    /** Its address relative to the site's root, with a version of its content. */
    public static String path() {
        return PATH;
    }
}
