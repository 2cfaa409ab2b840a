package org.sala.base.ui;

/**
 * A route view that describes itself in the head of its first page response, for feed readers,
 * search engines and link previews that run no script ({@link PageHeadMetadata} writes it).
 */
public interface HasPageMetadata {

    PageMetadata getPageMetadata();
}
