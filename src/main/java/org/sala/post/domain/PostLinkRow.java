package org.sala.post.domain;

/** What a link to a post needs: its title and address. */
public record PostLinkRow(long id, String title, String slug, int publishedMonth) {}
