package org.sala.page;

/** A page as the site's navigation links to it, at {@code /page/{slug}}. */
public record PageLink(String title, String slug) {}
