package org.sala.post;

public record AuthorLink(String username, String name) {}
