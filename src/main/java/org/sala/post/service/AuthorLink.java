package org.sala.post.service;

public record AuthorLink(String username, String name) {}
